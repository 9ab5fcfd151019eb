using System.Collections;
using System.Text;
using Conduit.Connector.Sdk.Records;
using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>The reflect kinds a template value can have; they decide truth, comparison, printing and ranging.</summary>
internal enum GoKind
{
    Invalid,
    Bool,
    Int,
    Uint,
    Float,
    String,
    Slice,
    Map,
    Struct,
}

/// <summary>
/// A missing key, before or after of a record: Go's nil <c>opencdc.Data</c> interface. It differs from
/// <see langword="null"/> (Go's "no value") only in how an action prints it (<c>&lt;nil&gt;</c>) and in error messages.
/// </summary>
internal sealed class NilData
{
    public static readonly NilData Instance = new();

    private NilData()
    {
    }
}

/// <summary>
/// How the template engine sees .NET values as Go values, without reflection. The universe is closed:
/// the record and its parts (<see cref="Record"/>, <see cref="Change"/>, <see cref="Position"/>,
/// <see cref="Operation"/>, <see cref="Metadata"/>, <see cref="RawData"/>, <see cref="StructuredData"/>,
/// <see cref="NilData"/>), the values structured data may hold, and what the functions return
/// (<see cref="long"/> is Go's <c>int</c>, <c>string[]</c> is <c>[]string</c>, <c>List&lt;object?&gt;</c> is <c>[]interface {}</c>).
/// </summary>
internal static class GoValues
{
    /// <summary>The Go view of a record's key, before or after.</summary>
    public static object FromData(Data? data) => data is null ? NilData.Instance : data;

    /// <summary>Maps a value read out of structured data to the value the engine works with.</summary>
    public static object? FromStructured(object? value) => value switch
    {
        decimal d => (double)d,
        _ => value,
    };

    /// <summary>Go's <c>%T</c> of a value.</summary>
    public static string TypeName(object? value) => value switch
    {
        null or NilData => "<nil>",
        string => "string",
        bool => "bool",
        long => "int",
        int => "int32",
        short => "int16",
        sbyte => "int8",
        ulong => "uint64",
        uint => "uint32",
        ushort => "uint16",
        byte => "uint8",
        double or decimal => "float64",
        float => "float32",
        Record => "opencdc.Record",
        Change => "opencdc.Change",
        Position => "opencdc.Position",
        Operation => "opencdc.Operation",
        Metadata => "opencdc.Metadata",
        RawData => "opencdc.RawData",
        StructuredData => "opencdc.StructuredData",
        byte[] or ReadOnlyMemory<byte> => "[]uint8",
        IDictionary<string, string> => "map[string]string",
        IEnumerable<string> => "[]string",
        _ when IsMap(value) => "map[string]interface {}",
        IEnumerable => "[]interface {}",
        _ => value.GetType().ToString(),
    };

    /// <summary>The static type Go reports in "can't evaluate field" errors: data is seen through its interface.</summary>
    public static string StaticTypeName(object? value) =>
        value is RawData or StructuredData or NilData ? "opencdc.Data" : TypeName(value);

    /// <summary>The reflect kind of a value.</summary>
    public static GoKind Kind(object? value) => value switch
    {
        null or NilData => GoKind.Invalid,
        bool => GoKind.Bool,
        long or int or short or sbyte or Operation => GoKind.Int,
        ulong or uint or ushort or byte => GoKind.Uint,
        double or float or decimal => GoKind.Float,
        string => GoKind.String,
        Record or Change => GoKind.Struct,
        RawData or Position or byte[] or ReadOnlyMemory<byte> => GoKind.Slice,
        _ when IsMap(value) => GoKind.Map,
        IEnumerable => GoKind.Slice,
        _ => GoKind.Invalid,
    };

    /// <summary>The name sprig's <c>kindOf</c> returns.</summary>
    public static string KindName(object? value) => value switch
    {
        null or NilData => "invalid",
        long or Operation => "int",
        int => "int32",
        short => "int16",
        sbyte => "int8",
        ulong => "uint64",
        uint => "uint32",
        ushort => "uint16",
        byte => "uint8",
        double or decimal => "float64",
        float => "float32",
        _ => Kind(value) switch
        {
            GoKind.Bool => "bool",
            GoKind.String => "string",
            GoKind.Slice => "slice",
            GoKind.Map => "map",
            GoKind.Struct => "struct",
            _ => "invalid",
        },
    };

    /// <summary>Go's truth (<c>if</c>, <c>with</c>, <c>not</c>, <c>and</c>, <c>or</c>); sprig's <c>empty</c> is its negation.</summary>
    public static bool IsTrue(object? value) => value switch
    {
        null or NilData => false,
        bool b => b,
        string s => s.Length > 0,
        double d => d != 0,
        float f => f != 0,
        decimal m => m != 0,
        Operation o => o != 0,
        Record or Change => true,
        _ => Kind(value) switch
        {
            GoKind.Int => ToInt64(value) != 0,
            GoKind.Uint => ToUInt64(value) != 0,
            GoKind.Map => MapCount(value) > 0,
            GoKind.Slice => ListCount(value) > 0,
            _ => true,
        },
    };

    public static long ToInt64(object value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        sbyte b => b,
        Operation o => (long)o,
        _ => (long)ToUInt64(value),
    };

    public static ulong ToUInt64(object value) => value switch
    {
        ulong l => l,
        uint i => i,
        ushort s => s,
        byte b => b,
        _ => (ulong)ToInt64(value),
    };

    public static double ToDouble(object value) => value switch
    {
        float f => f,
        decimal m => (double)m,
        _ => (double)value,
    };

    public static bool IsMap(object? value) =>
        value is Metadata || (value is not (string or RawData or Position or byte[] or ReadOnlyMemory<byte>)
            && StructuredValue.Classify(value) == StructuredValueKind.Map);

    public static int MapCount(object map) => map is Metadata metadata ? metadata.Count : StructuredValue.CountEntries(map);

    /// <summary>Looks up a key; <paramref name="value"/> is the Go zero value of the element type when missing.</summary>
    public static bool TryGetMapValue(object map, string key, out object? value)
    {
        if (map is Metadata metadata)
        {
            var found = metadata.TryGetValue(key, out var text);
            value = found ? text : string.Empty;
            return found;
        }

        if (StructuredValue.TryGetEntry(map, key, out value))
        {
            value = FromStructured(value);
            return true;
        }

        value = map is IDictionary<string, string> ? string.Empty : null;
        return false;
    }

    /// <summary>The entries of a map sorted by key (bytewise, as Go's <c>fmt</c> and <c>range</c> sort them).</summary>
    public static List<KeyValuePair<string, object?>> SortedEntries(object map)
    {
        List<KeyValuePair<string, object?>> entries;
        if (map is Metadata metadata)
        {
            entries = [.. metadata.Select(e => new KeyValuePair<string, object?>(e.Key, e.Value))];
        }
        else
        {
            var array = new KeyValuePair<string, object?>[StructuredValue.CountEntries(map)];
            var count = StructuredValue.CopyEntries(map, array);
            entries = [.. array.Take(count).Select(e => new KeyValuePair<string, object?>(e.Key, FromStructured(e.Value)))];
        }

        entries.Sort((x, y) => Utf8KeyOrder.Instance.Compare(x.Key, y.Key));
        return entries;
    }

    /// <summary>The bytes of a byte-slice value, or <see langword="false"/> when it is not one.</summary>
    public static bool TryGetBytes(object? value, out ReadOnlyMemory<byte> bytes)
    {
        switch (value)
        {
            case RawData raw:
                bytes = raw.Bytes;
                return true;
            case Position position:
                bytes = position.Bytes;
                return true;
            case byte[] array:
                bytes = array;
                return true;
            case ReadOnlyMemory<byte> memory:
                bytes = memory;
                return true;
            default:
                bytes = default;
                return false;
        }
    }

    public static int ListCount(object list) => TryGetBytes(list, out var bytes) ? bytes.Length : ListItems(list).Count;

    /// <summary>The items of a slice value (bytes become <see cref="byte"/> items).</summary>
    public static IReadOnlyList<object?> ListItems(object list)
    {
        if (TryGetBytes(list, out var bytes))
        {
            var items = new object?[bytes.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = bytes.Span[i];
            }

            return items;
        }

        if (list is IReadOnlyList<object?> readOnly)
        {
            return readOnly;
        }

        var result = new List<object?>();
        foreach (var item in (IEnumerable)list)
        {
            result.Add(FromStructured(item));
        }

        return result;
    }

    /// <summary>The length Go's <c>len</c> gives a string: its UTF-8 bytes.</summary>
    public static int StringLength(string text) => Encoding.UTF8.GetByteCount(text);
}
