using System.Globalization;
using System.Text;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>The Sprig functions that need more than one line, with Sprig's semantics (argument order included).</summary>
internal static class Sprig
{
    /// <summary>Sprig's <c>strval</c>: strings as they are, <c>[]byte</c> as text, Stringers by <c>String()</c>, the rest as <c>%v</c>.</summary>
    public static string ToText(object? value) => value switch
    {
        string text => text,
        byte[] or ReadOnlyMemory<byte> when GoValues.TryGetBytes(value, out var bytes) => Encoding.UTF8.GetString(bytes.Span),
        _ => GoFormat.ToText(value),
    };

    /// <summary>Sprig's <c>strslice</c>: a list as strings, nils dropped; another value as a one-item list; nil as none.</summary>
    public static List<string> ToStrings(object? value)
    {
        if (value is string[] strings)
        {
            return [.. strings];
        }

        if (GoValues.Kind(value) == GoKind.Slice)
        {
            return [.. GoValues.ListItems(value!).Where(item => item is not null).Select(ToText)];
        }

        return value is null ? [] : [ToText(value)];
    }

    public static string TrimPrefix(string text, string prefix) =>
        prefix.Length > 0 && text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text;

    public static string TrimSuffix(string text, string suffix) =>
        suffix.Length > 0 && text.EndsWith(suffix, StringComparison.Ordinal) ? text[..^suffix.Length] : text;

    /// <summary>Go's <c>strings.Replace(s, old, new, -1)</c>, where an empty <c>old</c> inserts between characters.</summary>
    public static string Replace(string text, string old, string replacement)
    {
        if (old.Length > 0)
        {
            return text.Replace(old, replacement, StringComparison.Ordinal);
        }

        var builder = new StringBuilder(replacement);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString()).Append(replacement);
        }

        return builder.ToString();
    }

    public static object? Quote(object?[] args) =>
        string.Join(' ', args.Where(a => a is not null).Select(a => GoQuote.Quote(ToText(a))));

    public static object? SingleQuote(object?[] args) =>
        string.Join(' ', args.Where(a => a is not null).Select(a => "'" + ToText(a) + "'"));

    public static object? Cat(object?[] args) =>
        string.Join(' ', args.Where(a => a is not null).Select(GoFormat.ToText));

    public static string Repeat(long count, string text) => count < 0
        ? throw new TemplateFunctionException("strings: negative Repeat count")
        : new StringBuilder().Insert(0, text, (int)Math.Min(count, int.MaxValue / Math.Max(text.Length, 1))).ToString();

    /// <summary>Sprig's <c>substr</c> over UTF-8 bytes, like Go.</summary>
    public static string Substring(long start, long end, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (start < 0)
        {
            return Encoding.UTF8.GetString(bytes, 0, (int)Math.Clamp(end, 0, bytes.Length));
        }

        if (end < 0 || end > bytes.Length)
        {
            return start > bytes.Length ? string.Empty : Encoding.UTF8.GetString(bytes, (int)start, bytes.Length - (int)start);
        }

        return start > end ? throw new TemplateFunctionException($"slice bounds out of range [{start}:{end}]")
            : Encoding.UTF8.GetString(bytes, (int)start, (int)(end - start));
    }

    /// <summary>Sprig's <c>trunc</c> over UTF-8 bytes: a negative count keeps the end.</summary>
    public static string Truncate(long count, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (count < 0 && bytes.Length + count > 0)
        {
            return Encoding.UTF8.GetString(bytes, bytes.Length + (int)count, (int)-count);
        }

        return count >= 0 && bytes.Length > count ? Encoding.UTF8.GetString(bytes, 0, (int)count) : text;
    }

    public static string Indent(long spaces, string text)
    {
        var pad = new string(' ', (int)Math.Clamp(spaces, 0, 1024));
        return pad + text.Replace("\n", "\n" + pad, StringComparison.Ordinal);
    }

    public static Dictionary<string, string> Split(string separator, string text)
    {
        var parts = SplitList(separator, text);
        var result = new Dictionary<string, string>(parts.Length, StringComparer.Ordinal);
        for (var i = 0; i < parts.Length; i++)
        {
            result["_" + i.ToString(CultureInfo.InvariantCulture)] = parts[i];
        }

        return result;
    }

    /// <summary>Go's <c>strings.Split</c>: an empty separator splits into characters.</summary>
    public static string[] SplitList(string separator, string text) => separator.Length == 0
        ? [.. text.EnumerateRunes().Select(r => r.ToString())]
        : text.Split(separator);

    public static string[] SortAlpha(object? list)
    {
        var items = ToStrings(list);
        items.Sort(Records.Json.Utf8KeyOrder.Instance);
        return [.. items];
    }

    public static string Base64Decode(string text)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            throw new TemplateFunctionException("illegal base64 data in " + GoQuote.Quote(text));
        }
    }

    public static object? Dict(object?[] args)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            result[ToText(args[i])] = i + 1 < args.Length ? args[i + 1] : string.Empty;
        }

        return result;
    }

    /// <summary>The keys of the maps, sorted (Go returns them in random order).</summary>
    public static object? Keys(object?[] maps)
    {
        var keys = new List<string>();
        foreach (var map in maps)
        {
            if (map is not null)
            {
                keys.AddRange(GoValues.SortedEntries(map).Select(e => e.Key));
            }
        }

        keys.Sort(Records.Json.Utf8KeyOrder.Instance);
        return keys.ToArray();
    }

    /// <summary>Sprig's lenient <c>toInt64</c>: numbers (floats truncated), numeric strings, bools; anything else is 0.</summary>
    public static long ToInt64(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case bool flag:
                return flag ? 1 : 0;
            case string text:
                return ParseInteger(text);
            case Operation:
                return 0;
        }

        return GoValues.Kind(value) switch
        {
            GoKind.Int => GoValues.ToInt64(value),
            GoKind.Uint => (long)GoValues.ToUInt64(value),
            GoKind.Float => double.IsFinite(GoValues.ToDouble(value)) ? (long)Math.Truncate(GoValues.ToDouble(value)) : long.MinValue,
            _ => 0,
        };
    }

    /// <summary>Sprig's lenient <c>toFloat64</c>.</summary>
    public static double ToFloat64(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case bool flag:
                return flag ? 1 : 0;
            case string text:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 0;
            case Operation:
                return 0;
        }

        return GoValues.Kind(value) switch
        {
            GoKind.Int => GoValues.ToInt64(value),
            GoKind.Uint => GoValues.ToUInt64(value),
            GoKind.Float => GoValues.ToDouble(value),
            _ => 0,
        };
    }

    public static long Divide(long dividend, long divisor, bool remainder)
    {
        if (divisor == 0)
        {
            throw new TemplateFunctionException("runtime error: integer divide by zero");
        }

        if (divisor == -1)
        {
            return remainder ? 0 : unchecked(-dividend);
        }

        return remainder ? dividend % divisor : dividend / divisor;
    }

    // strconv.ParseInt(s, 0, 64) after dropping a ".0…" suffix, as spf13/cast does; failures are 0.
    private static long ParseInteger(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && text.AsSpan(dot + 1).TrimEnd('0').IsEmpty)
        {
            text = text[..dot];
        }

        var span = text.AsSpan();
        var negative = span.StartsWith("-");
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            span = span[1..];
        }

        var style = NumberStyles.None;
        if (span.StartsWith("0x") || span.StartsWith("0X"))
        {
            span = span[2..];
            style = NumberStyles.AllowHexSpecifier;
        }

        if (span.IsEmpty || !ulong.TryParse(span, style, CultureInfo.InvariantCulture, out var magnitude))
        {
            return 0;
        }

        return negative
            ? magnitude <= 1UL << 63 ? unchecked((long)(0 - magnitude)) : 0
            : magnitude <= long.MaxValue ? (long)magnitude : 0;
    }
}
