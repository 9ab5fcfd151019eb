namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>
/// A logical type annotating a primitive or fixed schema. The SDK reads and writes values of logical types in
/// their underlying type (a <c>timestamp-micros</c> stays a <see cref="long"/>), except <c>decimal</c>, which
/// maps to <see cref="decimal"/>.
/// </summary>
/// <param name="Name">The logical type name, such as <c>timestamp-micros</c>.</param>
/// <param name="Precision">The precision of a <c>decimal</c>; 0 otherwise.</param>
/// <param name="Scale">The scale of a <c>decimal</c>; 0 otherwise.</param>
internal sealed record AvroLogicalType(string Name, int Precision = 0, int Scale = 0)
{
    public const string Decimal = "decimal";

    /// <summary>The logical type the SDK gives <see cref="decimal"/> values: 38 digits, 18 after the point.</summary>
    public static readonly AvroLogicalType DecimalOfSystemDecimal = new(Decimal, 38, 18);

    public bool IsDecimal => Name == Decimal;

    /// <summary>Returns the logical type for a base type, or <see langword="null"/> when the spec says to ignore it.</summary>
    /// <param name="name">The <c>logicalType</c> attribute.</param>
    /// <param name="baseType">The type it annotates.</param>
    /// <param name="precision">The <c>precision</c> attribute (0 when missing).</param>
    /// <param name="scale">The <c>scale</c> attribute (0 when missing).</param>
    /// <param name="fixedSize">The size of a fixed base type.</param>
    /// <returns>The logical type, or <see langword="null"/> when it does not apply to the base type.</returns>
    public static AvroLogicalType? Create(string name, AvroType baseType, int precision, int scale, int fixedSize) => name switch
    {
        Decimal when baseType is AvroType.Bytes or AvroType.Fixed && precision > 0 && scale >= 0 && scale <= precision
            && (baseType == AvroType.Bytes || precision <= MaxDecimalDigits(fixedSize)) => new(name, precision, scale),
        "uuid" when baseType == AvroType.String => new(name),
        "date" or "time-millis" when baseType == AvroType.Int => new(name),
        "time-micros" or "timestamp-millis" or "timestamp-micros" or "local-timestamp-millis" or "local-timestamp-micros"
            when baseType == AvroType.Long => new(name),
        "duration" when baseType == AvroType.Fixed && fixedSize == 12 => new(name),
        _ => null,
    };

    // The number of decimal digits a two's complement number of n bytes always holds.
    private static int MaxDecimalDigits(int bytes) => bytes <= 0 ? 0 : (int)Math.Floor(((8.0 * bytes) - 1) * Math.Log10(2));
}
