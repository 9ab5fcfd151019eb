using System;
namespace Conduit.Connector.Sdk.Configuration.GoSyntax;

/// <summary>
/// Go's <c>time.ParseDuration</c> and <c>time.Duration.String</c>, to the letter: durations are
/// counted in nanoseconds in a 64-bit integer, units are <c>ns us µs ms s m h</c> (no days).
/// </summary>
/// <remarks>Shared with the source generator (linked source), so it sticks to netstandard2.0 APIs.</remarks>
internal static class GoDuration
{
    private const ulong Nanosecond = 1;
    private const ulong Microsecond = 1000 * Nanosecond;
    private const ulong Millisecond = 1000 * Microsecond;
    private const ulong Second = 1000 * Millisecond;
    private const ulong Minute = 60 * Second;
    private const ulong Hour = 60 * Minute;
    private const ulong Limit = 1UL << 63;

    /// <summary>Parses <paramref name="text"/> as Go does.</summary>
    /// <param name="text">The text, e.g. <c>1m30s</c>.</param>
    /// <param name="nanoseconds">The duration in nanoseconds.</param>
    /// <param name="error">Go's error text when parsing fails.</param>
    /// <returns><see langword="true"/> when the text is a duration.</returns>
    public static bool TryParse(string text, out long nanoseconds, out string? error)
    {
        nanoseconds = 0;
        error = null;
        var s = text;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            negative = s[0] == '-';
            i = 1;
        }

        if (s.Length - i == 1 && s[i] == '0')
        {
            return true;
        }

        if (i == s.Length)
        {
            error = Invalid(text);
            return false;
        }

        ulong total = 0;
        while (i < s.Length)
        {
            // The next character must be a digit or a point.
            if (!(s[i] == '.' || IsDigit(s[i])))
            {
                error = Invalid(text);
                return false;
            }

            // Integer part.
            var start = i;
            ulong whole = 0;
            while (i < s.Length && IsDigit(s[i]))
            {
                if (whole > Limit / 10)
                {
                    error = Invalid(text);
                    return false;
                }

                whole = (whole * 10) + (ulong)(s[i] - '0');
                if (whole > Limit)
                {
                    error = Invalid(text);
                    return false;
                }

                i++;
            }

            var hasWhole = i != start;

            // Fraction: digits beyond what fits are ignored, as in Go.
            ulong fraction = 0;
            double scale = 1;
            var hasFraction = false;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                var fractionStart = i;
                var overflow = false;
                while (i < s.Length && IsDigit(s[i]))
                {
                    if (!overflow)
                    {
                        if (fraction > (Limit - 1) / 10)
                        {
                            overflow = true;
                        }
                        else
                        {
                            var next = (fraction * 10) + (ulong)(s[i] - '0');
                            if (next > Limit)
                            {
                                overflow = true;
                            }
                            else
                            {
                                fraction = next;
                                scale *= 10;
                            }
                        }
                    }

                    i++;
                }

                hasFraction = i != fractionStart;
            }

            if (!hasWhole && !hasFraction)
            {
                error = Invalid(text);
                return false;
            }

            // Unit: everything up to the next digit or point.
            var unitStart = i;
            while (i < s.Length && s[i] != '.' && !IsDigit(s[i]))
            {
                i++;
            }

            if (i == unitStart)
            {
                error = "time: missing unit in duration " + GoQuote.Quote(text);
                return false;
            }

            var unitText = s.Substring(unitStart, i - unitStart);
            var unit = UnitOf(unitText);
            if (unit == 0)
            {
                error = "time: unknown unit " + GoQuote.Quote(unitText) + " in duration " + GoQuote.Quote(text);
                return false;
            }

            if (whole > Limit / unit)
            {
                error = Invalid(text);
                return false;
            }

            whole *= unit;
            if (fraction > 0)
            {
                // Go computes the fractional part in floating point, so do we (same rounding).
                whole += (ulong)(fraction * (unit / scale));
                if (whole > Limit)
                {
                    error = Invalid(text);
                    return false;
                }
            }

            total += whole;
            if (total > Limit)
            {
                error = Invalid(text);
                return false;
            }
        }

        if (negative)
        {
            nanoseconds = total == Limit ? long.MinValue : -(long)total;
            return true;
        }

        if (total > Limit - 1)
        {
            error = Invalid(text);
            return false;
        }

        nanoseconds = (long)total;
        return true;
    }

    /// <summary>Formats a duration as Go's <c>Duration.String</c> does: <c>1h0m0s</c>, <c>1.5s</c>, <c>500ms</c>, <c>0s</c>.</summary>
    /// <param name="nanoseconds">The duration in nanoseconds.</param>
    /// <returns>The text.</returns>
    public static string Format(long nanoseconds)
    {
        var buffer = new char[32];
        var w = buffer.Length;
        var negative = nanoseconds < 0;
        var u = negative ? unchecked((ulong)(-(nanoseconds + 1)) + 1) : (ulong)nanoseconds;

        if (u < Second)
        {
            int precision;
            buffer[--w] = 's';
            w--;
            if (u == 0)
            {
                return "0s";
            }
            else if (u < Microsecond)
            {
                precision = 0;
                buffer[w] = 'n';
            }
            else if (u < Millisecond)
            {
                precision = 3;
                buffer[w] = '\u00B5';
            }
            else
            {
                precision = 6;
                buffer[w] = 'm';
            }

            u = FormatFraction(buffer, ref w, u, precision);
            FormatInteger(buffer, ref w, u);
        }
        else
        {
            buffer[--w] = 's';
            u = FormatFraction(buffer, ref w, u, 9);
            FormatInteger(buffer, ref w, u % 60);
            u /= 60;
            if (u > 0)
            {
                buffer[--w] = 'm';
                FormatInteger(buffer, ref w, u % 60);
                u /= 60;
                if (u > 0)
                {
                    buffer[--w] = 'h';
                    FormatInteger(buffer, ref w, u);
                }
            }
        }

        if (negative)
        {
            buffer[--w] = '-';
        }

        return new string(buffer, w, buffer.Length - w);
    }

    private static ulong FormatFraction(char[] buffer, ref int w, ulong value, int precision)
    {
        var print = false;
        for (var i = 0; i < precision; i++)
        {
            var digit = value % 10;
            print = print || digit != 0;
            if (print)
            {
                buffer[--w] = (char)('0' + (int)digit);
            }

            value /= 10;
        }

        if (print)
        {
            buffer[--w] = '.';
        }

        return value;
    }

    private static void FormatInteger(char[] buffer, ref int w, ulong value)
    {
        if (value == 0)
        {
            buffer[--w] = '0';
            return;
        }

        while (value > 0)
        {
            buffer[--w] = (char)('0' + (int)(value % 10));
            value /= 10;
        }
    }

    private static ulong UnitOf(string unit) => unit switch
    {
        "ns" => Nanosecond,
        "us" => Microsecond,
        "\u00B5s" => Microsecond, // micro sign
        "\u03BCs" => Microsecond, // Greek small letter mu
        "ms" => Millisecond,
        "s" => Second,
        "m" => Minute,
        "h" => Hour,
        _ => 0,
    };

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static string Invalid(string text) => "time: invalid duration " + GoQuote.Quote(text);
}
