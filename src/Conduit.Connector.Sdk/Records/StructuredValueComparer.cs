using System.Buffers;
using System.Collections;

namespace Conduit.Connector.Sdk.Records;

/// <summary>
/// Deep equality and hashing of structured values with the wire's view of them: numbers compare
/// as doubles, any list type equals any other with equal items, any map type equals any other
/// with the same keys and equal values. Beyond <see cref="StructuredValue.MaxDepth"/> values
/// compare by reference, so a cycle cannot overflow the stack.
/// </summary>
internal static class StructuredValueComparer
{
    public static bool ValuesEqual(object? left, object? right, int depth)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || depth > StructuredValue.MaxDepth)
        {
            return false;
        }

        var leftKind = StructuredValue.Classify(left);
        var rightKind = StructuredValue.Classify(right);
        if (IsNumber(leftKind) && IsNumber(rightKind))
        {
            return StructuredValue.ToDouble(left, leftKind).Equals(StructuredValue.ToDouble(right, rightKind));
        }

        if (leftKind != rightKind)
        {
            return false;
        }

        return leftKind switch
        {
            StructuredValueKind.Bool => (bool)left == (bool)right,
            StructuredValueKind.String => string.Equals((string)left, (string)right, StringComparison.Ordinal),
            StructuredValueKind.Bytes => StructuredValue.GetBytes(left).SequenceEqual(StructuredValue.GetBytes(right)),
            StructuredValueKind.Map => MapsEqual(left, right, depth),
            StructuredValueKind.List => ListsEqual((IEnumerable)left, (IEnumerable)right, depth),
            _ => left.Equals(right),
        };
    }

    public static bool MapsEqual(object left, object right, int depth)
    {
        var count = StructuredValue.CountEntries(left);
        if (count != StructuredValue.CountEntries(right))
        {
            return false;
        }

        var entries = ArrayPool<KeyValuePair<string, object?>>.Shared.Rent(count);
        try
        {
            StructuredValue.CopyEntries(left, entries);
            for (var i = 0; i < count; i++)
            {
                var (key, value) = entries[i];
                if (!StructuredValue.TryGetEntry(right, key, out var other) || !ValuesEqual(value, other, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }
        catch (StructuredValueException)
        {
            // A non-string key: not a structured value, so fall back to the maps' own equality.
            return left.Equals(right);
        }
        finally
        {
            ArrayPool<KeyValuePair<string, object?>>.Shared.Return(entries, clearArray: true);
        }
    }

    public static int Hash(object? value, int depth)
    {
        if (value is null || depth > StructuredValue.MaxDepth)
        {
            return 0;
        }

        var kind = StructuredValue.Classify(value);
        switch (kind)
        {
            case StructuredValueKind.Bool:
                return value.GetHashCode();
            case StructuredValueKind.String:
                return StringComparer.Ordinal.GetHashCode((string)value);
            case StructuredValueKind.SignedInteger or StructuredValueKind.UnsignedInteger or StructuredValueKind.Single
                or StructuredValueKind.Double or StructuredValueKind.Decimal:
                return StructuredValue.ToDouble(value, kind).GetHashCode();
            case StructuredValueKind.Bytes:
                var bytesHash = default(HashCode);
                bytesHash.AddBytes(StructuredValue.GetBytes(value));
                return bytesHash.ToHashCode();
            case StructuredValueKind.Map:
                return HashMap(value, depth);
            case StructuredValueKind.List:
                var listHash = default(HashCode);
                foreach (var item in (IEnumerable)value)
                {
                    listHash.Add(Hash(item, depth + 1));
                }

                return listHash.ToHashCode();
            default:
                return value.GetHashCode();
        }
    }

    private static int HashMap(object map, int depth)
    {
        var count = StructuredValue.CountEntries(map);
        var entries = ArrayPool<KeyValuePair<string, object?>>.Shared.Rent(count);
        try
        {
            StructuredValue.CopyEntries(map, entries);

            // Order-independent: maps with the same entries in another order hash alike.
            var sum = count;
            for (var i = 0; i < count; i++)
            {
                sum += HashCode.Combine(StringComparer.Ordinal.GetHashCode(entries[i].Key), Hash(entries[i].Value, depth + 1));
            }

            return sum;
        }
        catch (StructuredValueException)
        {
            return map.GetHashCode();
        }
        finally
        {
            ArrayPool<KeyValuePair<string, object?>>.Shared.Return(entries, clearArray: true);
        }
    }

    private static bool ListsEqual(IEnumerable left, IEnumerable right, int depth)
    {
        if (left is ICollection leftCollection && right is ICollection rightCollection
            && leftCollection.Count != rightCollection.Count)
        {
            return false;
        }

        var leftEnumerator = left.GetEnumerator();
        var rightEnumerator = right.GetEnumerator();
        try
        {
            while (true)
            {
                var leftHasNext = leftEnumerator.MoveNext();
                if (leftHasNext != rightEnumerator.MoveNext())
                {
                    return false;
                }

                if (!leftHasNext)
                {
                    return true;
                }

                if (!ValuesEqual(leftEnumerator.Current, rightEnumerator.Current, depth + 1))
                {
                    return false;
                }
            }
        }
        finally
        {
            (leftEnumerator as IDisposable)?.Dispose();
            (rightEnumerator as IDisposable)?.Dispose();
        }
    }

    private static bool IsNumber(StructuredValueKind kind) => kind is StructuredValueKind.SignedInteger
        or StructuredValueKind.UnsignedInteger or StructuredValueKind.Single or StructuredValueKind.Double
        or StructuredValueKind.Decimal;
}
