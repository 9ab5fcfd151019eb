using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;

namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>Converts between <see cref="decimal"/> and Avro's decimal: a big-endian two's complement unscaled integer.</summary>
internal static class AvroDecimal
{
    /// <summary>Returns the unscaled integer of a value at a scale, rounding extra digits away from zero.</summary>
    /// <param name="value">The value.</param>
    /// <param name="logical">The decimal logical type (precision and scale).</param>
    /// <returns>The big-endian two's complement bytes.</returns>
    /// <exception cref="OverflowException">The value has more digits than the precision allows.</exception>
    public static byte[] ToBytes(decimal value, AvroLogicalType logical)
    {
        if (logical.Scale <= 28)
        {
            value = decimal.Round(value, logical.Scale, MidpointRounding.AwayFromZero);
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var valueScale = (bits[3] >> 16) & 0xFF;
        var unscaled = mantissa * BigInteger.Pow(10, logical.Scale - valueScale);
        if (bits[3] < 0)
        {
            unscaled = -unscaled;
        }

        if (BigInteger.Abs(unscaled) >= BigInteger.Pow(10, logical.Precision))
        {
            throw new OverflowException(
                string.Create(CultureInfo.InvariantCulture, $"{value} has more than {logical.Precision} digits at scale {logical.Scale}"));
        }

        return unscaled.ToByteArray(isUnsigned: false, isBigEndian: true);
    }

    /// <summary>Sign-extends two's complement bytes to a fixed size.</summary>
    /// <param name="bytes">The minimal bytes.</param>
    /// <param name="size">The size of the fixed type.</param>
    /// <returns>The fixed bytes.</returns>
    /// <exception cref="OverflowException">The number needs more bytes.</exception>
    public static byte[] ToFixed(byte[] bytes, int size)
    {
        if (bytes.Length > size)
        {
            throw new OverflowException($"the decimal needs {bytes.Length} bytes, more than the fixed size {size}");
        }

        var result = new byte[size];
        var fill = bytes.Length > 0 && (bytes[0] & 0x80) != 0 ? (byte)0xFF : (byte)0;
        result.AsSpan(0, size - bytes.Length).Fill(fill);
        bytes.CopyTo(result, size - bytes.Length);
        return result;
    }

    /// <summary>
    /// Reads an Avro decimal as a <see cref="decimal"/> when it fits (at most 28 digits after the point, rounded
    /// otherwise), or as its exact text when it is too large.
    /// </summary>
    /// <param name="bytes">The big-endian two's complement bytes.</param>
    /// <param name="scale">The scale.</param>
    /// <returns>A <see cref="decimal"/>, or a <see cref="string"/> for numbers beyond its range.</returns>
    public static object FromBytes(ReadOnlySpan<byte> bytes, int scale)
    {
        var unscaled = bytes.IsEmpty ? BigInteger.Zero : new BigInteger(bytes, isUnsigned: false, isBigEndian: true);
        var effectiveScale = scale;
        if (effectiveScale > 28)
        {
            unscaled = BigInteger.Divide(unscaled + (unscaled.Sign * BigInteger.Pow(10, effectiveScale - 28) / 2), BigInteger.Pow(10, effectiveScale - 28));
            effectiveScale = 28;
        }

        var magnitude = BigInteger.Abs(unscaled);
        if (magnitude.GetBitLength() <= 96)
        {
            Span<byte> buffer = stackalloc byte[12];
            magnitude.TryWriteBytes(buffer, out _, isUnsigned: true, isBigEndian: false);
            return new decimal(
                BinaryPrimitives.ReadInt32LittleEndian(buffer[..4]),
                BinaryPrimitives.ReadInt32LittleEndian(buffer[4..8]),
                BinaryPrimitives.ReadInt32LittleEndian(buffer[8..12]),
                unscaled.Sign < 0,
                (byte)effectiveScale);
        }

        return ToText(bytes.IsEmpty ? BigInteger.Zero : new BigInteger(bytes, isUnsigned: false, isBigEndian: true), scale);
    }

    private static string ToText(BigInteger unscaled, int scale)
    {
        var digits = BigInteger.Abs(unscaled).ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
        var text = scale == 0 ? digits : digits[..^scale] + "." + digits[^scale..];
        return unscaled.Sign < 0 ? "-" + text : text;
    }
}
