using System.Globalization;
using System.Text;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>
/// The subset of Go's <c>fmt</c> the template engine needs: <c>Sprint</c>, <c>Sprintln</c> and
/// <c>Sprintf</c> with the verbs <c>%v %s %d %q %f %F %e %E %g %G %t %x %X %o %O %b %c %U %T %%</c>,
/// the flags <c>- + space 0 #</c> (for integers), width and precision. Values print as Go prints
/// them: maps as <c>map[k:v]</c> with sorted keys, slices as <c>[a b]</c>, structs as <c>{a b}</c>,
/// byte slices as numbers (but as text for <c>%s</c>), mismatches as <c>%!d(string=x)</c>.
/// </summary>
internal static class GoFormat
{
    /// <summary>Go's <c>fmt.Sprint</c>: a space between operands when neither is a string.</summary>
    public static string Sprint(IReadOnlyList<object?> args)
    {
        var builder = new StringBuilder();
        var previousString = false;
        for (var i = 0; i < args.Count; i++)
        {
            var isString = args[i] is string;
            if (i > 0 && !isString && !previousString)
            {
                builder.Append(' ');
            }

            AppendArg(builder, args[i], 'v', default);
            previousString = isString;
        }

        return builder.ToString();
    }

    /// <summary>Go's <c>fmt.Sprintln</c>: spaces between all operands and a newline.</summary>
    public static string Sprintln(IReadOnlyList<object?> args)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            AppendArg(builder, args[i], 'v', default);
        }

        return builder.Append('\n').ToString();
    }

    /// <summary>Go's <c>%v</c> of one value.</summary>
    public static string ToText(object? value)
    {
        var builder = new StringBuilder();
        AppendArg(builder, value, 'v', default);
        return builder.ToString();
    }

    /// <summary>Go's <c>fmt.Sprintf</c>.</summary>
    /// <exception cref="TemplateFunctionException">The format uses something not supported here (argument indexes, <c>*</c>, <c>%#v</c>, <c>%p</c>).</exception>
    public static string Sprintf(string format, IReadOnlyList<object?> args)
    {
        var builder = new StringBuilder();
        var argIndex = 0;
        var i = 0;
        while (i < format.Length)
        {
            var percent = format.IndexOf('%', i);
            if (percent < 0)
            {
                builder.Append(format, i, format.Length - i);
                break;
            }

            builder.Append(format, i, percent - i);
            i = percent + 1;
            var spec = default(Spec);
            for (; i < format.Length; i++)
            {
                switch (format[i])
                {
                    case '-': spec.Minus = true; spec.Zero = false; continue;
                    case '+': spec.Plus = true; continue;
                    case ' ': spec.Space = true; continue;
                    case '#': spec.Sharp = true; continue;
                    case '0': spec.Zero = !spec.Minus; continue;
                }

                break;
            }

            if (i < format.Length && format[i] is '[' or '*')
            {
                throw new TemplateFunctionException($"printf: {(format[i] == '[' ? "argument indexes" : "'*' widths")} are not supported");
            }

            spec.Width = ReadNumber(format, ref i);
            if (i < format.Length && format[i] == '.')
            {
                i++;
                if (i < format.Length && format[i] == '*')
                {
                    throw new TemplateFunctionException("printf: '*' precisions are not supported");
                }

                spec.Precision = Math.Max(ReadNumber(format, ref i), 0);
                spec.HasPrecision = true;
            }

            if (i >= format.Length)
            {
                builder.Append("%!(NOVERB)");
                break;
            }

            var verb = char.ConvertToUtf32(format, i);
            i += char.IsSurrogatePair(format, i) ? 2 : 1;
            if (verb == '%')
            {
                builder.Append('%');
                continue;
            }

            if ((spec.Sharp && verb == 'v') || verb is 'p' or 'w')
            {
                throw new TemplateFunctionException($"printf: %{(spec.Sharp ? "#" : string.Empty)}{(char)verb} is not supported");
            }

            if (argIndex >= args.Count)
            {
                builder.Append("%!").Append(char.ConvertFromUtf32(verb)).Append("(MISSING)");
                continue;
            }

            AppendArg(builder, args[argIndex++], verb, spec);
        }

        if (argIndex < args.Count)
        {
            builder.Append("%!(EXTRA ");
            for (var k = argIndex; k < args.Count; k++)
            {
                if (k > argIndex)
                {
                    builder.Append(", ");
                }

                builder.Append(GoValues.TypeName(args[k])).Append('=');
                AppendArg(builder, args[k], 'v', default);
            }

            builder.Append(')');
        }

        return builder.ToString();
    }

    private static int ReadNumber(string format, ref int i)
    {
        var start = i;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
        {
            i++;
        }

        return i == start ? -1 : int.Parse(format.AsSpan(start, i - start), CultureInfo.InvariantCulture);
    }

    // printArg: a top-level operand (a nil here is an untyped nil).
    private static void AppendArg(StringBuilder builder, object? arg, int verb, Spec spec)
    {
        if (arg is null or NilData)
        {
            if (verb is 'v' or 'T')
            {
                Pad(builder, "<nil>", spec);
            }
            else
            {
                BadVerb(builder, null, verb);
            }

            return;
        }

        if (verb == 'T')
        {
            Pad(builder, GoValues.TypeName(arg), spec);
            return;
        }

        AppendValue(builder, arg, verb, spec, depth: 0);
    }

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

    private static void Pad(StringBuilder builder, string text, Spec spec)
    {
        var width = spec.Width;
        var runes = width > 0 ? text.EnumerateRunes().Count() : 0;
        if (width <= runes)
        {
            builder.Append(text);
        }
        else if (spec.Minus)
        {
            builder.Append(text).Append(' ', width - runes);
        }
        else
        {
            builder.Append(' ', width - runes).Append(text);
        }
    }

    private static string TruncateRunes(string text, int count)
    {
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (count-- == 0)
            {
                return text[..index];
            }

            index += rune.Utf16SequenceLength;
        }

        return text;
    }

    private struct Spec
    {
        public bool Minus;
        public bool Plus;
        public bool Space;
        public bool Sharp;
        public bool Zero;
        public bool HasPrecision;
        public int Precision;

        // -1 when not given (default(Spec) has 0, which also means no padding).
        public int Width;
    }
}
