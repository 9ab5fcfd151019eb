using System.Globalization;
using System.Text;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>Go's <c>strconv</c> quoting and unquoting: <c>Quote</c>, <c>QuoteRune</c> and <c>Unquote</c>.</summary>
internal static class GoQuote
{
    /// <summary>Quotes a string like Go's <c>strconv.Quote</c>: printable runes stay, others become escapes.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        AppendQuoted(builder, text, '"');
        return builder.ToString();
    }

    /// <summary>Appends a string quoted like Go's <c>strconv.Quote</c>.</summary>
    public static void AppendQuoted(StringBuilder builder, string text, char quote)
    {
        builder.Append(quote);
        foreach (var rune in text.EnumerateRunes())
        {
            AppendEscapedRune(builder, rune.Value, quote);
        }

        builder.Append(quote);
    }

    /// <summary>Quotes a rune like Go's <c>strconv.QuoteRune</c>: <c>'a'</c>.</summary>
    public static string QuoteRune(long value)
    {
        var rune = value is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) ? 0xFFFD : (int)value;
        var builder = new StringBuilder("'");
        AppendEscapedRune(builder, rune, '\'');
        return builder.Append('\'').ToString();
    }

    /// <summary>Describes a character like Go's <c>%#U</c>: <c>U+0021 '!'</c>.</summary>
    public static string DescribeRune(int rune)
    {
        var code = "U+" + rune.ToString("X4", CultureInfo.InvariantCulture);
        return IsPrint(rune) ? code + " '" + char.ConvertFromUtf32(rune) + "'" : code;
    }

    /// <summary>Whether Go's <c>unicode.IsPrint</c> holds: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    public static bool IsPrint(int rune)
    {
        if (rune == ' ')
        {
            return true;
        }

        if (rune is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(rune);
        return category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
    }

    /// <summary>Unquotes a Go string literal (<c>"…"</c> or <c>`…`</c>).</summary>
    /// <exception cref="FormatException">The literal has an invalid escape.</exception>
    public static string Unquote(string literal)
    {
        if (literal[0] == '`')
        {
            return literal[1..^1].Replace("\r", string.Empty, StringComparison.Ordinal);
        }

        var bytes = new List<byte>(literal.Length);
        var i = 1;
        var end = literal.Length - 1;
        Span<byte> utf8 = stackalloc byte[4];
        while (i < end)
        {
            if (literal[i] != '\\')
            {
                var rune = Rune.GetRuneAt(literal, i);
                var length = rune.EncodeToUtf8(utf8);
                for (var b = 0; b < length; b++)
                {
                    bytes.Add(utf8[b]);
                }

                i += rune.Utf16SequenceLength;
                continue;
            }

            i = ReadEscape(literal, i, '"', bytes);
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Reads the value of a Go character constant such as <c>'a'</c> or <c>'\n'</c>.</summary>
    /// <exception cref="FormatException">The constant is not exactly one character.</exception>
    public static int UnquoteChar(string literal)
    {
        var body = literal[1..^1];
        if (body.Length == 0)
        {
            throw new FormatException("empty character constant");
        }

        if (body[0] != '\\')
        {
            var rune = Rune.GetRuneAt(body, 0);
            return rune.Utf16SequenceLength == body.Length ? rune.Value : throw new FormatException("more than one character in rune literal");
        }

        var bytes = new List<byte>();
        var next = ReadEscape(literal, 1, '\'', bytes, out var runeValue);
        if (next != literal.Length - 1)
        {
            throw new FormatException("more than one character in rune literal");
        }

        return runeValue;
    }

    private static int ReadEscape(string text, int i, char quote, List<byte> bytes) => ReadEscape(text, i, quote, bytes, out _);

    // Reads the escape at text[i] == '\\'; appends its UTF-8 bytes (or the raw byte of \x and octal escapes).
    private static int ReadEscape(string text, int i, char quote, List<byte> bytes, out int value)
    {
        if (i + 1 >= text.Length - 1 + 1)
        {
            throw new FormatException("invalid syntax");
        }

        var c = text[i + 1];
        i += 2;
        switch (c)
        {
            case 'a': value = 7; break;
            case 'b': value = 8; break;
            case 'f': value = 12; break;
            case 'n': value = 10; break;
            case 'r': value = 13; break;
            case 't': value = 9; break;
            case 'v': value = 11; break;
            case '\\': value = '\\'; break;
            case '"' or '\'' when c == quote: value = c; break;
            case 'x':
                value = ParseHex(text, i, 2);
                bytes.Add((byte)value);
                return i + 2;
            case >= '0' and <= '7':
                value = 0;
                for (var k = -1; k < 2; k++)
                {
                    var digit = text[i + k];
                    if (digit is < '0' or > '7')
                    {
                        throw new FormatException("invalid syntax");
                    }

                    value = (value * 8) + (digit - '0');
                }

                if (value > 255)
                {
                    throw new FormatException("invalid syntax");
                }

                bytes.Add((byte)value);
                return i + 2;
            case 'u':
                value = ParseHex(text, i, 4);
                i += 4;
                break;
            case 'U':
                value = ParseHex(text, i, 8);
                i += 8;
                break;
            default:
                throw new FormatException("invalid syntax");
        }

        if (!Rune.IsValid(value))
        {
            throw new FormatException("invalid syntax");
        }

        Span<byte> utf8 = stackalloc byte[4];
        var length = new Rune(value).EncodeToUtf8(utf8);
        for (var b = 0; b < length; b++)
        {
            bytes.Add(utf8[b]);
        }

        return i;
    }

    private static int ParseHex(string text, int start, int count)
    {
        if (start + count > text.Length - 1
            || !int.TryParse(text.AsSpan(start, count), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException("invalid syntax");
        }

        return value;
    }

    private static void AppendEscapedRune(StringBuilder builder, int rune, char quote)
    {
        if (rune == quote || rune == '\\')
        {
            builder.Append('\\').Append((char)rune);
            return;
        }

        if (IsPrint(rune))
        {
            builder.Append(char.ConvertFromUtf32(rune));
            return;
        }

        switch (rune)
        {
            case 7: builder.Append("\\a"); break;
            case 8: builder.Append("\\b"); break;
            case 12: builder.Append("\\f"); break;
            case 10: builder.Append("\\n"); break;
            case 13: builder.Append("\\r"); break;
            case 9: builder.Append("\\t"); break;
            case 11: builder.Append("\\v"); break;
            case < ' ' or 0x7F:
                builder.Append("\\x").Append(rune.ToString("x2", CultureInfo.InvariantCulture));
                break;
            case < 0x10000:
                builder.Append("\\u").Append(rune.ToString("x4", CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append("\\U").Append(rune.ToString("x8", CultureInfo.InvariantCulture));
                break;
        }
    }
}
