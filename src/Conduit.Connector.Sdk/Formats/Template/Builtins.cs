using System.Text;
using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>Go's <c>text/template</c> builtins that inspect values: <c>len</c>, <c>index</c> and the comparisons.</summary>
internal static class Builtins
{
    private enum BasicKind
    {
        Invalid,
        Bool,
        Int,
        Uint,
        Float,
        String,
    }

    public static object Length(object? item)
    {
        if (item is null or NilData)
        {
            throw new TemplateFunctionException("len of nil pointer");
        }

        return (long)(item switch
        {
            string text => GoValues.StringLength(text),
            _ => GoValues.Kind(item) switch
            {
                GoKind.Map => GoValues.MapCount(item),
                GoKind.Slice => GoValues.ListCount(item),
                _ => throw new TemplateFunctionException("len of type " + GoValues.TypeName(item)),
            },
        });
    }

    public static object? Index(object? item, ReadOnlySpan<object?> indexes)
    {
        if (item is null or NilData)
        {
            throw new TemplateFunctionException("index of untyped nil");
        }

        foreach (var index in indexes)
        {
            if (item is null or NilData)
            {
                throw new TemplateFunctionException("index of nil pointer");
            }

            var key = index is NilData ? null : index;
            switch (item)
            {
                case string text:
                    var utf8 = Encoding.UTF8.GetBytes(text);
                    item = utf8[Position(key, utf8.Length)];
                    continue;
            }

            switch (GoValues.Kind(item))
            {
                case GoKind.Slice:
                    var items = GoValues.ListItems(item);
                    item = items[Position(key, items.Count)];
                    break;
                case GoKind.Map:
                    if (key is not string name)
                    {
                        throw new TemplateFunctionException(key is null
                            ? "value is nil; should be of type string"
                            : $"value has type {GoValues.TypeName(key)}; should be string");
                    }

                    GoValues.TryGetMapValue(item, name, out item);
                    break;
                default:
                    throw new TemplateFunctionException("can't index item of type " + GoValues.TypeName(item));
            }
        }

        return item;
    }

    public static bool Equal(object? left, ReadOnlySpan<object?> others)
    {
        left = left is NilData ? null : left;
        if (others.IsEmpty)
        {
            throw new TemplateFunctionException("missing argument for comparison");
        }

        var leftKind = Basic(left);
        foreach (var item in others)
        {
            var right = item is NilData ? null : item;
            var rightKind = Basic(right);
            bool truth;
            if (leftKind != rightKind)
            {
                if (leftKind == BasicKind.Int && rightKind == BasicKind.Uint)
                {
                    truth = GoValues.ToInt64(left!) >= 0 && (ulong)GoValues.ToInt64(left!) == GoValues.ToUInt64(right!);
                }
                else if (leftKind == BasicKind.Uint && rightKind == BasicKind.Int)
                {
                    truth = GoValues.ToInt64(right!) >= 0 && GoValues.ToUInt64(left!) == (ulong)GoValues.ToInt64(right!);
                }
                else if (left is not null && right is not null)
                {
                    throw new TemplateFunctionException("incompatible types for comparison");
                }
                else
                {
                    truth = false;
                }
            }
            else
            {
                truth = leftKind switch
                {
                    BasicKind.Bool => (bool)left! == (bool)right!,
                    BasicKind.Int => GoValues.ToInt64(left!) == GoValues.ToInt64(right!),
                    BasicKind.Uint => GoValues.ToUInt64(left!) == GoValues.ToUInt64(right!),
                    BasicKind.Float => GoValues.ToDouble(left!) == GoValues.ToDouble(right!),
                    BasicKind.String => string.Equals((string)left!, (string)right!, StringComparison.Ordinal),
                    _ => left is null || right is null
                        ? left is null && right is null
                        : throw new TemplateFunctionException(
                            $"non-comparable types {GoFormat.ToText(left)}: {GoValues.TypeName(left)}, {GoValues.TypeName(right)}: {GoFormat.ToText(right)}"),
                };
            }

            if (truth)
            {
                return true;
            }
        }

        return false;
    }

    public static bool Less(object? left, object? right)
    {
        left = left is NilData ? null : left;
        right = right is NilData ? null : right;
        var leftKind = Basic(left);
        var rightKind = Basic(right);
        if (leftKind is BasicKind.Invalid or BasicKind.Bool || rightKind is BasicKind.Invalid or BasicKind.Bool)
        {
            throw new TemplateFunctionException("invalid type for comparison");
        }

        if (leftKind != rightKind)
        {
            return (leftKind, rightKind) switch
            {
                (BasicKind.Int, BasicKind.Uint) => GoValues.ToInt64(left!) < 0 || (ulong)GoValues.ToInt64(left!) < GoValues.ToUInt64(right!),
                (BasicKind.Uint, BasicKind.Int) => GoValues.ToInt64(right!) >= 0 && GoValues.ToUInt64(left!) < (ulong)GoValues.ToInt64(right!),
                _ => throw new TemplateFunctionException("incompatible types for comparison"),
            };
        }

        return leftKind switch
        {
            BasicKind.Int => GoValues.ToInt64(left!) < GoValues.ToInt64(right!),
            BasicKind.Uint => GoValues.ToUInt64(left!) < GoValues.ToUInt64(right!),
            BasicKind.Float => GoValues.ToDouble(left!) < GoValues.ToDouble(right!),
            _ => Utf8KeyOrder.Instance.Compare((string)left!, (string)right!) < 0,
        };
    }

    private static int Position(object? index, int length)
    {
        long position = GoValues.Kind(index) switch
        {
            GoKind.Int => GoValues.ToInt64(index!),
            GoKind.Uint => (long)GoValues.ToUInt64(index!),
            _ when index is null => throw new TemplateFunctionException("cannot index slice/array with nil"),
            _ => throw new TemplateFunctionException("cannot index slice/array with type " + GoValues.TypeName(index)),
        };
        if (position < 0 || position >= length)
        {
            throw new TemplateFunctionException($"index out of range: {position}");
        }

        return (int)position;
    }

    private static BasicKind Basic(object? value) => GoValues.Kind(value) switch
    {
        GoKind.Bool => BasicKind.Bool,
        GoKind.Int => BasicKind.Int,
        GoKind.Uint => BasicKind.Uint,
        GoKind.Float => BasicKind.Float,
        GoKind.String => BasicKind.String,
        _ => BasicKind.Invalid,
    };
}
