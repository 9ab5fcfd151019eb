using Conduit.Connector.Sdk.Records;

namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>
/// Decides whether a .NET value can be written as an Avro type and converts it. Numbers convert when nothing is
/// lost (an integral <see cref="double"/> into <c>long</c>, any integer into <c>double</c>), so data that went
/// through Conduit's protobuf path (all numbers <see cref="double"/>) still fits a schema with integers.
/// </summary>
internal static class AvroValues
{
    public static bool TryGetInt64(object? value, StructuredValueKind kind, out long result)
    {
        switch (kind)
        {
            case StructuredValueKind.SignedInteger:
                result = StructuredValue.ToInt64(value!);
                return true;
            case StructuredValueKind.UnsignedInteger:
                var unsigned = StructuredValue.ToUInt64(value!);
                result = (long)unsigned;
                return unsigned <= long.MaxValue;
            case StructuredValueKind.Single or StructuredValueKind.Double:
                var real = StructuredValue.ToDouble(value!, kind);
                result = (long)real;
                return double.IsFinite(real) && Math.Floor(real) == real && real >= -9.2233720368547758E18 && real < 9.2233720368547758E18;
            case StructuredValueKind.Decimal:
                var number = (decimal)value!;
                result = 0;
                if (decimal.Truncate(number) != number || number < long.MinValue || number > long.MaxValue)
                {
                    return false;
                }

                result = (long)number;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    public static bool TryGetInt32(object? value, StructuredValueKind kind, out int result)
    {
        var ok = TryGetInt64(value, kind, out var wide) && wide is >= int.MinValue and <= int.MaxValue;
        result = ok ? (int)wide : 0;
        return ok;
    }

    public static bool TryGetDouble(object? value, StructuredValueKind kind, out double result)
    {
        var ok = kind is StructuredValueKind.SignedInteger or StructuredValueKind.UnsignedInteger or StructuredValueKind.Single
            or StructuredValueKind.Double or StructuredValueKind.Decimal;
        result = ok ? StructuredValue.ToDouble(value!, kind) : 0;
        return ok;
    }

    public static bool TryGetDecimal(object? value, StructuredValueKind kind, out decimal result)
    {
        result = 0;
        switch (kind)
        {
            case StructuredValueKind.Decimal:
                result = (decimal)value!;
                return true;
            case StructuredValueKind.SignedInteger:
                result = StructuredValue.ToInt64(value!);
                return true;
            case StructuredValueKind.UnsignedInteger:
                result = StructuredValue.ToUInt64(value!);
                return true;
            case StructuredValueKind.Single or StructuredValueKind.Double:
                var real = StructuredValue.ToDouble(value!, kind);
                if (!double.IsFinite(real) || Math.Abs(real) >= 7.9e28)
                {
                    return false;
                }

                result = (decimal)real;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Tells whether a value can be written with a schema, without looking inside lists and maps.</summary>
    /// <param name="schema">A schema that is not a union.</param>
    /// <param name="value">The value.</param>
    /// <param name="kind">Its kind.</param>
    /// <returns><see langword="true"/> when the value fits.</returns>
    public static bool Fits(AvroSchema schema, object? value, StructuredValueKind kind) => schema switch
    {
        { Type: AvroType.Null } => kind == StructuredValueKind.Null,
        { Type: AvroType.Boolean } => kind == StructuredValueKind.Bool,
        { Type: AvroType.Int } => TryGetInt32(value, kind, out _),
        { Type: AvroType.Long } => TryGetInt64(value, kind, out _),
        { Type: AvroType.Float or AvroType.Double } => TryGetDouble(value, kind, out _),
        AvroPrimitiveSchema { Type: AvroType.Bytes, Logical.IsDecimal: true } => TryGetDecimal(value, kind, out _),
        { Type: AvroType.Bytes } => kind == StructuredValueKind.Bytes,
        { Type: AvroType.String } => kind == StructuredValueKind.String,
        AvroEnumSchema enumSchema => value is string symbol && enumSchema.Symbols.Contains(symbol),
        AvroFixedSchema { Logical.IsDecimal: true } => TryGetDecimal(value, kind, out _),
        AvroFixedSchema fixedSchema => kind == StructuredValueKind.Bytes && StructuredValue.GetBytes(value!).Length == fixedSchema.Size,
        AvroRecordSchema record => kind == StructuredValueKind.Map && HasFieldsFor(record, value!),
        { Type: AvroType.Map } => kind == StructuredValueKind.Map,
        { Type: AvroType.Array } => kind == StructuredValueKind.List,
        _ => false,
    };

    /// <summary>Chooses the union branch for a value: the closest type first (an <see cref="int"/> prefers <c>int</c> to <c>long</c>).</summary>
    /// <param name="union">The union.</param>
    /// <param name="value">The value.</param>
    /// <param name="kind">Its kind.</param>
    /// <returns>The branch index, or -1 when no branch fits.</returns>
    public static int ChooseBranch(AvroUnionSchema union, object? value, StructuredValueKind kind)
    {
        foreach (var type in Preferences(value, kind))
        {
            for (var i = 0; i < union.Branches.Count; i++)
            {
                if (union.Branches[i].Type == type && Fits(union.Branches[i], value, kind))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static AvroType[] Preferences(object? value, StructuredValueKind kind) => kind switch
    {
        StructuredValueKind.Null => [AvroType.Null],
        StructuredValueKind.Bool => [AvroType.Boolean],
        StructuredValueKind.SignedInteger or StructuredValueKind.UnsignedInteger when value is long or uint or ulong =>
            [AvroType.Long, AvroType.Int, AvroType.Double, AvroType.Float, AvroType.Bytes, AvroType.Fixed],
        StructuredValueKind.SignedInteger or StructuredValueKind.UnsignedInteger =>
            [AvroType.Int, AvroType.Long, AvroType.Double, AvroType.Float, AvroType.Bytes, AvroType.Fixed],
        StructuredValueKind.Single => [AvroType.Float, AvroType.Double, AvroType.Int, AvroType.Long],
        StructuredValueKind.Double => [AvroType.Double, AvroType.Float, AvroType.Long, AvroType.Int],
        StructuredValueKind.Decimal => [AvroType.Bytes, AvroType.Fixed, AvroType.Double, AvroType.Float, AvroType.Long, AvroType.Int],
        StructuredValueKind.String => [AvroType.String, AvroType.Enum],
        StructuredValueKind.Bytes => [AvroType.Bytes, AvroType.Fixed],
        StructuredValueKind.Map when value is StructuredData => [AvroType.Record, AvroType.Map],
        StructuredValueKind.Map => [AvroType.Map, AvroType.Record],
        StructuredValueKind.List => [AvroType.Array],
        _ => [],
    };

    /// <summary>Tells whether a map has no key the record lacks and a value (or a nullable type) for every field.</summary>
    /// <param name="record">The record schema.</param>
    /// <param name="map">A value of kind map.</param>
    /// <returns><see langword="true"/> when the map can be written as the record.</returns>
    public static bool HasFieldsFor(AvroRecordSchema record, object map)
    {
        var present = 0;
        foreach (var field in record.Fields)
        {
            if (StructuredValue.TryGetEntry(map, field.Name, out _))
            {
                present++;
            }
            else if (!IsNullable(field.Schema))
            {
                return false;
            }
        }

        return present == StructuredValue.CountEntries(map);
    }

    public static bool IsNullable(AvroSchema schema) =>
        schema.Type == AvroType.Null || (schema is AvroUnionSchema union && union.IndexOfNull() >= 0);

    /// <summary>Describes a schema briefly for messages.</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>Such as <c>long</c>, <c>record record.address</c> or <c>["null","string"]</c>.</returns>
    public static string Describe(AvroSchema schema) => schema switch
    {
        AvroNamedSchema named => AvroSchemaText.TypeName(named.Type) + " " + named.FullName,
        AvroArraySchema => "array",
        AvroMapSchema => "map",
        _ => AvroSchemaText.Write(schema),
    };
}
