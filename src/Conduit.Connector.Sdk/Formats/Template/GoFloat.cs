using System.Globalization;
using System.Text;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>
/// Go's <c>strconv.FormatFloat</c> for the formats <c>e</c>, <c>E</c>, <c>f</c>, <c>F</c>, <c>g</c> and <c>G</c>,
/// with the shortest round-trip digits when the precision is -1 (what <c>%v</c> prints: <c>1</c>,
/// <c>1.5</c>, <c>1.234567e+06</c>, <c>1e-05</c>).
/// </summary>
internal static class GoFloat
{
    public static string Format(double value, char format, int precision, bool single)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        var lower = char.ToLowerInvariant(format);
        var negative = double.IsNegative(value);
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        if (lower == 'f')
        {
            var text = Math.Abs(value).ToString("F" + Math.Max(precision, 0).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            return builder.Append(text).ToString();
        }

        var shortest = precision < 0;
        var (digits, point) = shortest
            ? ShortestDigits(Math.Abs(value), single)
            : RoundedDigits(Math.Abs(value), lower == 'e' ? precision + 1 : Math.Max(precision, 1));
        if (lower == 'e')
        {
            AppendE(builder, digits, point, shortest ? digits.Length - 1 : precision, format);
            return builder.ToString();
        }

        // %g: exponent form when the exponent is < -4 or >= the precision (6 for the shortest digits).
        var prec = shortest ? digits.Length : Math.Max(precision, 1);
        var eprec = prec;
        if (eprec > digits.Length && digits.Length >= point)
        {
            eprec = digits.Length;
        }

        if (shortest)
        {
            eprec = 6;
        }

        var exponent = point - 1;
        if (exponent < -4 || exponent >= eprec)
        {
            if (prec > digits.Length)
            {
                prec = digits.Length;
            }

            AppendE(builder, digits, point, prec - 1, format == 'G' ? 'E' : 'e');
            return builder.ToString();
        }

        if (prec > point)
        {
            prec = digits.Length;
        }

        AppendF(builder, digits, point, Math.Max(prec - point, 0));
        return builder.ToString();
    }

    /// <summary>The shortest digits that read back as the value, and the position of the decimal point.</summary>
    private static (string Digits, int Point) ShortestDigits(double magnitude, bool single)
    {
        if (magnitude == 0)
        {
            return ("0", 1);
        }

        var text = single
            ? ((float)magnitude).ToString("R", CultureInfo.InvariantCulture)
            : magnitude.ToString("R", CultureInfo.InvariantCulture);
        return Split(text);
    }

    private static (string Digits, int Point) RoundedDigits(double magnitude, int significant)
    {
        if (magnitude == 0)
        {
            return ("0", 1);
        }

        var text = magnitude.ToString("E" + (significant - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Split(text);
    }

    // Splits "1.2345E+006" or "123.45" into trimmed digits ("12345") and the decimal point position.
    private static (string Digits, int Point) Split(string text)
    {
        var e = text.IndexOfAny(['E', 'e']);
        var exponent = 0;
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerLength = dot < 0 ? text.Length : dot;
        var all = text.Replace(".", string.Empty, StringComparison.Ordinal);
        var leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }

        var digits = all[leading..].TrimEnd('0');
        if (digits.Length == 0)
        {
            return ("0", 1);
        }

        return (digits, integerLength - leading + exponent);
    }

    private static void AppendE(StringBuilder builder, string digits, int point, int precision, char format)
    {
        builder.Append(digits[0]);
        if (precision > 0)
        {
            builder.Append('.');
            for (var i = 1; i <= precision; i++)
            {
                builder.Append(i < digits.Length ? digits[i] : '0');
            }
        }

        var exponent = digits == "0" ? 0 : point - 1;
        builder.Append(char.IsUpper(format) ? 'E' : 'e').Append(exponent < 0 ? '-' : '+');
        var absolute = Math.Abs(exponent);
        if (absolute < 10)
        {
            builder.Append('0');
        }

        builder.Append(absolute.ToString(CultureInfo.InvariantCulture));
    }

    private static void AppendF(StringBuilder builder, string digits, int point, int precision)
    {
        if (point > 0)
        {
            for (var i = 0; i < point; i++)
            {
                builder.Append(i < digits.Length ? digits[i] : '0');
            }
        }
        else
        {
            builder.Append('0');
        }

        if (precision > 0)
        {
            builder.Append('.');
            for (var i = 1; i <= precision; i++)
            {
                var j = point + i - 1;
                builder.Append(j >= 0 && j < digits.Length ? digits[j] : '0');
            }
        }
    }
}
