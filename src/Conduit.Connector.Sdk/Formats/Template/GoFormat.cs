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
internal static partial class GoFormat
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
