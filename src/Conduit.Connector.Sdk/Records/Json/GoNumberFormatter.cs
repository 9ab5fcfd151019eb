using System.Globalization;

namespace Conduit.Connector.Sdk.Records.Json;

/// <summary>
/// Formats floating-point numbers the way Go's <c>encoding/json</c> does: the shortest digits that
/// round-trip, in plain decimal notation (<c>1</c>, <c>1.2</c>, <c>100000000000000000000</c>) unless
/// the magnitude is below 1e-6 or at least 1e21, where it switches to exponent notation without a
/// leading zero in negative exponents (<c>1e-7</c>, <c>1.5e+21</c>).
/// </summary>
internal static class GoNumberFormatter
{
    /// <summary>An upper bound of the bytes <see cref="Format"/> writes.</summary>
    public const int MaxLength = 32;

    /// <summary>Formats a finite number.</summary>
    /// <param name="value">The number (a float when <paramref name="single"/>, widened to double).</param>
    /// <param name="single">Format with the shortest digits of a 32-bit float, like Go's float32.</param>
    /// <param name="destination">At least <see cref="MaxLength"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    public static int Format(double value, bool single, Span<byte> destination)
    {
        if (value == 0)
        {
            return Write(double.IsNegative(value) ? "-0" : "0", destination);
        }

        // .NET's shortest round-trip text gives the digits; only the layout differs from Go.
        Span<char> text = stackalloc char[40];
        int length;
        if (single)
        {
            ((float)value).TryFormat(text, out length, "R", CultureInfo.InvariantCulture);
        }
        else
        {
            value.TryFormat(text, out length, "R", CultureInfo.InvariantCulture);
        }

        Span<byte> digits = stackalloc byte[24];
        var count = Parse(text[..length], digits, out var negative, out var exponent);
        digits = digits[..count];

        var magnitude = Math.Abs(value);
        var scientific = single
            ? (float)magnitude < 1e-6f || (float)magnitude >= 1e21f
            : magnitude < 1e-6 || magnitude >= 1e21;

        var position = 0;
        if (negative)
        {
            destination[position++] = (byte)'-';
        }

        if (scientific)
        {
            destination[position++] = digits[0];
            if (digits.Length > 1)
            {
                destination[position++] = (byte)'.';
                digits[1..].CopyTo(destination[position..]);
                position += digits.Length - 1;
            }

            destination[position++] = (byte)'e';
            destination[position++] = exponent < 0 ? (byte)'-' : (byte)'+';
            var absolute = Math.Abs(exponent);

            // Go pads exponents to two digits and then strips the zero of e-0N; positive ones are ≥ 21 here.
            absolute.TryFormat(destination[position..], out var written, default, CultureInfo.InvariantCulture);
            return position + written;
        }

        if (exponent < 0)
        {
            destination[position++] = (byte)'0';
            destination[position++] = (byte)'.';
            for (var i = -1; i > exponent; i--)
            {
                destination[position++] = (byte)'0';
            }

            digits.CopyTo(destination[position..]);
            return position + digits.Length;
        }

        var integerDigits = exponent + 1;
        for (var i = 0; i < integerDigits; i++)
        {
            destination[position++] = i < digits.Length ? digits[i] : (byte)'0';
        }

        if (digits.Length > integerDigits)
        {
            destination[position++] = (byte)'.';
            digits[integerDigits..].CopyTo(destination[position..]);
            position += digits.Length - integerDigits;
        }

        return position;
    }

    /// <summary>
    /// Splits .NET's text (<c>-123.45</c>, <c>1.5E-07</c>, <c>1E+21</c>) into significant digits
    /// (no leading or trailing zeros) and the decimal exponent of the first digit.
    /// </summary>
    private static int Parse(ReadOnlySpan<char> text, Span<byte> digits, out bool negative, out int exponent)
    {
        negative = text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        var e = text.IndexOfAny('E', 'e');
        var explicitExponent = 0;
        if (e >= 0)
        {
            explicitExponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var count = 0;
        var integerLength = text.IndexOf('.');
        if (integerLength < 0)
        {
            integerLength = text.Length;
        }

        var leadingZeros = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                continue;
            }

            if (count == 0 && c == '0')
            {
                leadingZeros++;
                continue;
            }

            digits[count++] = (byte)c;
        }

        while (count > 1 && digits[count - 1] == '0')
        {
            count--;
        }

        exponent = integerLength - 1 - leadingZeros + explicitExponent;
        return count;
    }

    private static int Write(string text, Span<byte> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = (byte)text[i];
        }

        return text.Length;
    }
}
