using System.Globalization;
using System.Text;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>How each kind of value prints under a verb.</summary>
internal static partial class GoFormat
{
    private static void AppendValue(StringBuilder builder, object? value, int verb, Spec spec, int depth)
    {
        // Stringers (Position, Operation) print their text for the string-like verbs.
        if (verb is 'v' or 's' or 'x' or 'X' or 'q')
        {
            switch (value)
            {
                case Position position:
                    AppendString(builder, position.IsEmpty ? "<nil>" : position.ToString(), verb, spec);
                    return;
                case Operation operation:
                    AppendString(builder, Records.OperationText.ToText(operation), verb, spec);
                    return;
            }
        }

        switch (value)
        {
            case null or NilData:
                // Inside maps, slices and structs a nil interface prints as <nil> whatever the verb.
                builder.Append("<nil>");
                return;
            case string text:
                AppendString(builder, text, verb, spec);
                return;
            case bool flag:
                if (verb is 'v' or 't')
                {
                    Pad(builder, flag ? "true" : "false", spec);
                }
                else
                {
                    BadVerb(builder, value, verb);
                }

                return;
        }

        switch (GoValues.Kind(value))
        {
            case GoKind.Int:
                AppendInteger(builder, value!, GoValues.ToInt64(value!), signed: true, verb, spec);
                return;
            case GoKind.Uint:
                AppendInteger(builder, value!, (long)GoValues.ToUInt64(value!), signed: false, verb, spec);
                return;
            case GoKind.Float:
                AppendFloat(builder, value!, verb, spec);
                return;
            case GoKind.Map:
                builder.Append("map[");
                var first = true;
                foreach (var (key, item) in GoValues.SortedEntries(value!))
                {
                    if (!first)
                    {
                        builder.Append(' ');
                    }

                    first = false;
                    AppendValue(builder, key, verb, spec, depth + 1);
                    builder.Append(':');
                    AppendValue(builder, item, verb, spec, depth + 1);
                }

                builder.Append(']');
                return;
            case GoKind.Struct:
                builder.Append('{');
                if (value is Record record)
                {
                    AppendValue(builder, record.Position, verb, spec, depth + 1);
                    builder.Append(' ');
                    AppendValue(builder, record.Operation, verb, spec, depth + 1);
                    builder.Append(' ');
                    AppendValue(builder, record.Metadata, verb, spec, depth + 1);
                    builder.Append(' ');
                    AppendValue(builder, GoValues.FromData(record.Key), verb, spec, depth + 1);
                    builder.Append(' ');
                    AppendValue(builder, record.Payload, verb, spec, depth + 1);
                    builder.Append(" <nil>"); // Go's unexported serializer field
                }
                else
                {
                    var change = (Change)value!;
                    AppendValue(builder, GoValues.FromData(change.Before), verb, spec, depth + 1);
                    builder.Append(' ');
                    AppendValue(builder, GoValues.FromData(change.After), verb, spec, depth + 1);
                }

                builder.Append('}');
                return;
            case GoKind.Slice:
                if (GoValues.TryGetBytes(value, out var bytes) && verb is 's' or 'q' or 'x' or 'X')
                {
                    AppendString(builder, Encoding.UTF8.GetString(bytes.Span), verb, spec);
                    return;
                }

                builder.Append('[');
                var items = GoValues.ListItems(value!);
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(' ');
                    }

                    AppendValue(builder, items[i], verb, spec, depth + 1);
                }

                builder.Append(']');
                return;
            default:
                throw new TemplateFunctionException($"cannot print a value of type {GoValues.TypeName(value)}");
        }
    }

    private static void AppendString(StringBuilder builder, string text, int verb, Spec spec)
    {
        switch (verb)
        {
            case 'v' or 's':
                if (spec.HasPrecision)
                {
                    text = TruncateRunes(text, spec.Precision);
                }

                Pad(builder, text, spec);
                break;
            case 'q':
                Pad(builder, GoQuote.Quote(spec.HasPrecision ? TruncateRunes(text, spec.Precision) : text), spec);
                break;
            case 'x' or 'X':
                var hex = Convert.ToHexString(Encoding.UTF8.GetBytes(text));
                Pad(builder, verb == 'x' ? hex.ToLowerInvariant() : hex, spec);
                break;
            default:
                BadVerb(builder, text, verb);
                break;
        }
    }

    private static void AppendInteger(StringBuilder builder, object original, long value, bool signed, int verb, Spec spec)
    {
        var negative = signed && value < 0;
        var magnitude = negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        string digits;
        var prefix = string.Empty;
        switch (verb)
        {
            case 'v' or 'd':
                digits = magnitude.ToString(CultureInfo.InvariantCulture);
                break;
            case 'b':
                digits = Convert.ToString((long)magnitude, 2);
                prefix = spec.Sharp ? "0b" : string.Empty;
                break;
            case 'o' or 'O':
                digits = Convert.ToString((long)magnitude, 8);
                prefix = verb == 'O' ? "0o" : spec.Sharp ? "0" : string.Empty;
                break;
            case 'x' or 'X':
                digits = magnitude.ToString(verb == 'x' ? "x" : "X", CultureInfo.InvariantCulture);
                prefix = spec.Sharp ? (verb == 'x' ? "0x" : "0X") : string.Empty;
                break;
            case 'c':
                Pad(builder, value is >= 0 and <= 0x10FFFF && Rune.IsValid((int)value) ? char.ConvertFromUtf32((int)value) : "\uFFFD", spec);
                return;
            case 'q':
                Pad(builder, GoQuote.QuoteRune(value), spec);
                return;
            case 'U':
                Pad(builder, "U+" + magnitude.ToString("X4", CultureInfo.InvariantCulture), spec);
                return;
            default:
                BadVerb(builder, original, verb);
                return;
        }

        if (spec.HasPrecision && digits.Length < spec.Precision)
        {
            digits = new string('0', spec.Precision - digits.Length) + digits;
        }
        else if (spec.HasPrecision && spec.Precision == 0 && magnitude == 0)
        {
            digits = string.Empty;
        }

        var sign = negative ? "-" : spec.Plus ? "+" : spec.Space ? " " : string.Empty;
        AppendNumber(builder, sign + prefix, digits, spec, zeroAllowed: !spec.HasPrecision);
    }

    private static void AppendFloat(StringBuilder builder, object original, int verb, Spec spec)
    {
        var value = GoValues.ToDouble(original);
        var single = original is float;
        string text;
        switch (verb)
        {
            case 'v':
                text = GoFloat.Format(value, 'g', spec.HasPrecision ? spec.Precision : -1, single);
                break;
            case 'g' or 'G':
                text = GoFloat.Format(value, (char)verb, spec.HasPrecision ? spec.Precision : -1, single);
                break;
            case 'e' or 'E' or 'f' or 'F':
                text = GoFloat.Format(value, (char)verb, spec.HasPrecision ? spec.Precision : 6, single);
                break;
            case 'b' or 'x' or 'X':
                throw new TemplateFunctionException($"printf: %{(char)verb} of a floating-point number is not supported");
            default:
                BadVerb(builder, original, verb);
                return;
        }

        if (text[0] is '+' or '-' && text.Length > 1 && text[1] is 'I')
        {
            Pad(builder, text, spec);
            return;
        }

        if (text == "NaN")
        {
            Pad(builder, spec.Plus ? "+NaN" : spec.Space ? " NaN" : "NaN", spec);
            return;
        }

        var negative = text[0] == '-';
        var sign = negative ? "-" : spec.Plus ? "+" : spec.Space ? " " : string.Empty;
        AppendNumber(builder, sign, negative ? text[1..] : text, spec, zeroAllowed: true);
    }

    private static void AppendNumber(StringBuilder builder, string sign, string digits, Spec spec, bool zeroAllowed)
    {
        var length = sign.Length + digits.Length;
        if (spec.Zero && zeroAllowed && !spec.Minus && spec.Width > length)
        {
            builder.Append(sign).Append('0', spec.Width - length).Append(digits);
            return;
        }

        Pad(builder, sign + digits, spec);
    }

    private static void BadVerb(StringBuilder builder, object? value, int verb)
    {
        builder.Append("%!").Append(char.ConvertFromUtf32(verb)).Append('(');
        if (value is null or NilData)
        {
            builder.Append("<nil>");
        }
        else
        {
            builder.Append(GoValues.TypeName(value)).Append('=');
            AppendValue(builder, value, 'v', default, depth: 0);
        }

        builder.Append(')');
    }
}
