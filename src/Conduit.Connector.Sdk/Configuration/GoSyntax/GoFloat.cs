using System;
using System.Globalization;
using System.Text;

namespace Conduit.Connector.Sdk.Configuration.GoSyntax;

/// <summary>
/// Go's <c>strconv.ParseFloat(s, 64)</c> for decimal syntax (optional sign, digits with an optional
/// point, optional exponent; <c>Inf</c>, <c>Infinity</c> and <c>NaN</c> in any case) and Go's ways of
/// printing a float. Hexadecimal floats (<c>0x1p-2</c>) and underscores are not accepted.
/// </summary>
internal static class GoFloat
{
    /// <summary>Parses <paramref name="text"/> as Go's <c>strconv.ParseFloat</c> does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the text is a float in range (overflow is an error, as in Go).</returns>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        if (TrySpecial(text, out value))
        {
            return true;
        }

        var i = 0;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            i++;
        }

        var digits = 0;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
            digits++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            var exponentDigits = 0;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
                exponentDigits++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }
        }

        if (i != text.Length)
        {
            return false;
        }

        value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return !double.IsInfinity(value);
    }

    /// <summary>Formats as Go's <c>strconv.FormatFloat(v, 'f', -1, 64)</c>: shortest digits, never an exponent.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, e.g. <c>10</c>, <c>-1</c>, <c>0.5</c>.</returns>
    public static string FormatFixed(double value)
    {
        if (TryFormatSpecial(value, out var special))
        {
            return special;
        }

        Decompose(value.ToString("R", CultureInfo.InvariantCulture), out var negative, out var digits, out var point);
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        AppendFixed(builder, digits, point);
        return builder.ToString();
    }

    /// <summary>Formats as Go's <c>fmt.Sprintf("%v", v)</c>: shortest digits, with an exponent when it is below -4 or at least 6 (Go's <c>%g</c> rule for the shortest form).</summary>
    /// <param name="value">The value.</param>
    /// <param name="singlePrecision">Whether the value is a <see langword="float"/> (Go <c>float32</c>), which changes the shortest digits.</param>
    /// <returns>The text, e.g. <c>789</c>, <c>0.5</c>, <c>1e+06</c>.</returns>
    public static string FormatGeneral(double value, bool singlePrecision)
    {
        if (TryFormatSpecial(value, out var special))
        {
            return special;
        }

        var shortest = singlePrecision
            ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
        Decompose(shortest, out var negative, out var digits, out var point);
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        var exponent = digits == "0" ? 0 : point - 1;
        if (exponent < -4 || exponent >= 6)
        {
            builder.Append(digits[0]);
            if (digits.Length > 1)
            {
                builder.Append('.').Append(digits, 1, digits.Length - 1);
            }

            builder.Append('e').Append(exponent < 0 ? '-' : '+');
            var magnitude = Math.Abs(exponent);
            if (magnitude < 10)
            {
                builder.Append('0');
            }

            builder.Append(magnitude.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            AppendFixed(builder, digits, point);
        }

        return builder.ToString();
    }

    private static void AppendFixed(StringBuilder builder, string digits, int point)
    {
        if (digits == "0")
        {
            builder.Append('0');
        }
        else if (point <= 0)
        {
            builder.Append("0.").Append('0', -point).Append(digits);
        }
        else if (point >= digits.Length)
        {
            builder.Append(digits).Append('0', point - digits.Length);
        }
        else
        {
            builder.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        }
    }

    /// <summary>Splits .NET's shortest round-trip text into sign, significant digits and decimal point position (value = 0.DIGITS × 10^point).</summary>
    private static void Decompose(string text, out bool negative, out string digits, out int point)
    {
        negative = text.Length > 0 && text[0] == '-';
        var start = negative ? 1 : 0;
        var exponentAt = text.IndexOfAny(['E', 'e']);
        var exponent = 0;
        var mantissaEnd = text.Length;
        if (exponentAt >= 0)
        {
            exponent = int.Parse(text.Substring(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissaEnd = exponentAt;
        }

        var mantissa = text.Substring(start, mantissaEnd - start);
        var dot = mantissa.IndexOf('.');
        var integerPart = dot >= 0 ? mantissa.Substring(0, dot) : mantissa;
        var fractionPart = dot >= 0 ? mantissa.Substring(dot + 1) : string.Empty;
        var all = integerPart + fractionPart;
        point = integerPart.Length + exponent;

        var leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }

        all = all.Substring(leading);
        point -= leading;
        all = all.TrimEnd('0');
        if (all.Length == 0)
        {
            all = "0";
            point = 1;
        }

        digits = all;
    }

    private static bool TrySpecial(string text, out double value)
    {
        value = 0;
        var body = text;
        var sign = 1.0;
        var signed = false;
        if (body.Length > 0 && (body[0] == '+' || body[0] == '-'))
        {
            sign = body[0] == '-' ? -1 : 1;
            body = body.Substring(1);
            signed = true;
        }

        if (string.Equals(body, "inf", StringComparison.OrdinalIgnoreCase) || string.Equals(body, "infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = sign * double.PositiveInfinity;
            return true;
        }

        if (!signed && string.Equals(body, "nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        return false;
    }

    private static bool TryFormatSpecial(double value, out string text)
    {
        if (double.IsNaN(value))
        {
            text = "NaN";
            return true;
        }

        if (double.IsPositiveInfinity(value))
        {
            text = "+Inf";
            return true;
        }

        if (double.IsNegativeInfinity(value))
        {
            text = "-Inf";
            return true;
        }

        text = string.Empty;
        return false;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
