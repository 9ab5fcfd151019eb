using static Conduit.Connector.Sdk.Formats.Template.ParamKind;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>
/// The functions templates may call: Go's builtins and the documented subset of Sprig. Any other
/// Sprig function name is reported as not supported; any other name as not defined, like Go.
/// </summary>
internal static class TemplateFunctions
{
    private const ParamKind Str = ParamKind.String;

    private static readonly Dictionary<string, TemplateFunction> s_functions = Build();

    // Every function of Go's text/template and Sprig v3 that the SDK does not implement.
    private static readonly HashSet<string> s_unsupported = new(StringComparer.Ordinal)
    {
        "call", "html", "js", "slice", "urlquery",
        "hello", "ago", "date", "date_in_zone", "date_modify", "dateInZone", "dateModify", "duration", "durationRound",
        "htmlDate", "htmlDateInZone", "must_date_modify", "mustDateModify", "mustToDate", "now", "toDate", "unixEpoch",
        "abbrev", "abbrevboth", "title", "untitle", "initials", "randAlphaNum", "randAlpha", "randAscii", "randNumeric",
        "swapcase", "shuffle", "snakecase", "camelcase", "kebabcase", "wrap", "wrapWith", "plural", "sha1sum",
        "sha256sum", "adler32sum", "seq", "toDecimal", "splitn", "toStrings", "until", "untilStep", "randInt",
        "add1f", "addf", "subf", "divf", "mulf", "biggest", "max", "min", "maxf", "minf", "ceil", "floor", "round",
        "all", "any", "compact", "mustCompact", "deepCopy", "mustDeepCopy", "typeIsLike", "deepEqual",
        "env", "expandenv", "getHostByName", "base", "dir", "clean", "ext", "isAbs", "osBase", "osClean", "osDir",
        "osExt", "osIsAbs", "b32enc", "b32dec", "tuple", "set", "unset", "pluck", "pick", "omit", "merge",
        "mergeOverwrite", "mustMerge", "mustMergeOverwrite", "values", "append", "push", "mustAppend", "mustPush",
        "prepend", "mustPrepend", "first", "mustFirst", "rest", "mustRest", "last", "mustLast", "initial",
        "mustInitial", "reverse", "mustReverse", "uniq", "mustUniq", "without", "mustWithout", "has", "mustHas",
        "mustSlice", "concat", "dig", "chunk", "mustChunk", "bcrypt", "htpasswd", "genPrivateKey", "derivePassword",
        "buildCustomCert", "genCA", "genCAWithKey", "genSelfSignedCert", "genSelfSignedCertWithKey", "genSignedCert",
        "genSignedCertWithKey", "encryptAES", "decryptAES", "randBytes", "uuidv4", "semver", "semverCompare", "fail",
        "regexMatch", "mustRegexMatch", "regexFindAll", "mustRegexFindAll", "regexFind", "mustRegexFind",
        "regexReplaceAll", "mustRegexReplaceAll", "regexReplaceAllLiteral", "mustRegexReplaceAllLiteral",
        "regexSplit", "mustRegexSplit", "regexQuoteMeta", "urlParse", "urlJoin",
    };

    /// <summary>Gets the names of the supported functions, sorted.</summary>
    public static IEnumerable<string> Names => s_functions.Keys.Order(StringComparer.Ordinal);

    public static TemplateFunction? Find(string name) => s_functions.GetValueOrDefault(name);

    /// <summary>Returns <see langword="null"/> when a template may call the name, or why it may not.</summary>
    public static string? CheckName(string name) =>
        s_functions.ContainsKey(name) ? null
        : s_unsupported.Contains(name)
            ? $"function {GoQuote.Quote(name)} is not supported by the C# SDK's template record format (see docs/record-formats.md for the supported functions)"
            : $"function {GoQuote.Quote(name)} not defined";

    private static Dictionary<string, TemplateFunction> Build()
    {
        var functions = new Dictionary<string, TemplateFunction>(StringComparer.Ordinal);
        void Add(string name, ParamKind[] parameters, Func<object?[], object?> body, ParamKind? variadic = null) =>
            functions.Add(name, new TemplateFunction(name, parameters, variadic, body));

        // Go's builtins. "and" and "or" short-circuit: the evaluator handles them itself.
        Add("and", [Value], a => null, Value);
        Add("or", [Value], a => null, Value);
        Add("not", [Value], a => !GoValues.IsTrue(a[0]));
        Add("len", [Value], a => Builtins.Length(a[0]));
        Add("index", [Value], a => Builtins.Index(a[0], a.AsSpan(1)), Value);
        Add("print", [], a => GoFormat.Sprint(a), Any);
        Add("println", [], a => GoFormat.Sprintln(a), Any);
        Add("printf", [Str], a => GoFormat.Sprintf((string)a[0]!, a[1..]), Any);
        Add("eq", [Value], a => Builtins.Equal(a[0], a.AsSpan(1)), Value);
        Add("ne", [Value, Value], a => !Builtins.Equal(a[0], a.AsSpan(1)));
        Add("lt", [Value, Value], a => Builtins.Less(a[0], a[1]));
        Add("le", [Value, Value], a => Builtins.Less(a[0], a[1]) || Builtins.Equal(a[0], a.AsSpan(1)));
        Add("gt", [Value, Value], a => !(Builtins.Less(a[0], a[1]) || Builtins.Equal(a[0], a.AsSpan(1))));
        Add("ge", [Value, Value], a => !Builtins.Less(a[0], a[1]));

        // Sprig: strings.
        Add("upper", [Str], a => ((string)a[0]!).ToUpperInvariant());
        Add("lower", [Str], a => ((string)a[0]!).ToLowerInvariant());
        Add("trim", [Str], a => ((string)a[0]!).Trim());
        Add("trimAll", [Str, Str], a => ((string)a[1]!).Trim(((string)a[0]!).ToCharArray()));
        Add("trimall", [Str, Str], a => ((string)a[1]!).Trim(((string)a[0]!).ToCharArray()));
        Add("trimPrefix", [Str, Str], a => Sprig.TrimPrefix((string)a[1]!, (string)a[0]!));
        Add("trimSuffix", [Str, Str], a => Sprig.TrimSuffix((string)a[1]!, (string)a[0]!));
        Add("replace", [Str, Str, Str], a => Sprig.Replace((string)a[2]!, (string)a[0]!, (string)a[1]!));
        Add("contains", [Str, Str], a => ((string)a[1]!).Contains((string)a[0]!, StringComparison.Ordinal));
        Add("hasPrefix", [Str, Str], a => ((string)a[1]!).StartsWith((string)a[0]!, StringComparison.Ordinal));
        Add("hasSuffix", [Str, Str], a => ((string)a[1]!).EndsWith((string)a[0]!, StringComparison.Ordinal));
        Add("quote", [], Sprig.Quote, Any);
        Add("squote", [], Sprig.SingleQuote, Any);
        Add("cat", [], Sprig.Cat, Any);
        Add("repeat", [Int, Str], a => Sprig.Repeat((long)a[0]!, (string)a[1]!));
        Add("substr", [Int, Int, Str], a => Sprig.Substring((long)a[0]!, (long)a[1]!, (string)a[2]!));
        Add("trunc", [Int, Str], a => Sprig.Truncate((long)a[0]!, (string)a[1]!));
        Add("indent", [Int, Str], a => Sprig.Indent((long)a[0]!, (string)a[1]!));
        Add("nindent", [Int, Str], a => "\n" + Sprig.Indent((long)a[0]!, (string)a[1]!));
        Add("nospace", [Str], a => string.Concat(((string)a[0]!).Where(c => !char.IsWhiteSpace(c))));
        Add("split", [Str, Str], a => Sprig.Split((string)a[0]!, (string)a[1]!));
        Add("splitList", [Str, Str], a => Sprig.SplitList((string)a[0]!, (string)a[1]!));
        Add("join", [Str, Any], a => string.Join((string)a[0]!, Sprig.ToStrings(a[1])));
        Add("sortAlpha", [Any], a => Sprig.SortAlpha(a[0]));
        Add("toString", [Any], a => Sprig.ToText(a[0]));
        Add("b64enc", [Str], a => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes((string)a[0]!)));
        Add("b64dec", [Str], a => Sprig.Base64Decode((string)a[0]!));

        // Sprig: defaults and flow.
        Add("default", [Any], a => a.Length < 2 || !GoValues.IsTrue(a[1]) ? a[0] : a[1], Any);
        Add("empty", [Any], a => !GoValues.IsTrue(a[0]));
        Add("coalesce", [], a => a.FirstOrDefault(GoValues.IsTrue), Any);
        Add("ternary", [Any, Any, Bool], a => (bool)a[2]! ? a[0] : a[1]);

        // Sprig: JSON.
        foreach (var prefix in new[] { string.Empty, "must" })
        {
            Add(prefix.Length == 0 ? "toJson" : "mustToJson", [Any], a => TemplateJson.Serialize(a[0]));
            Add(prefix.Length == 0 ? "toPrettyJson" : "mustToPrettyJson", [Any], a => TemplateJson.Indent(TemplateJson.Serialize(a[0])));
            Add(prefix.Length == 0 ? "toRawJson" : "mustToRawJson", [Any], a => TemplateJson.UnescapeHtml(TemplateJson.Serialize(a[0])));
            Add(prefix.Length == 0 ? "fromJson" : "mustFromJson", [Str], a => TemplateJson.Deserialize((string)a[0]!));
        }

        // Sprig: types.
        Add("typeOf", [Any], a => GoValues.TypeName(a[0]));
        Add("typeIs", [Str, Any], a => (string)a[0]! == GoValues.TypeName(a[1]));
        Add("kindOf", [Any], a => GoValues.KindName(a[0]));
        Add("kindIs", [Str, Any], a => (string)a[0]! == GoValues.KindName(a[1]));

        // Sprig: lists and dictionaries.
        Add("list", [], a => new List<object?>(a), Any);
        Add("dict", [], Sprig.Dict, Any);
        Add("get", [Map, Str], a => a[0] is not null && GoValues.TryGetMapValue(a[0]!, (string)a[1]!, out var v) ? v : string.Empty);
        Add("hasKey", [Map, Str], a => a[0] is not null && GoValues.TryGetMapValue(a[0]!, (string)a[1]!, out _));
        Add("keys", [], Sprig.Keys, Map);

        // Sprig: conversions and integer math (Sprig's lenient casts: what does not convert is 0).
        Add("atoi", [Str], a => long.TryParse((string)a[0]!, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0L);
        Add("int", [Any], a => Sprig.ToInt64(a[0]));
        Add("int64", [Any], a => Sprig.ToInt64(a[0]));
        Add("float64", [Any], a => Sprig.ToFloat64(a[0]));
        Add("add", [], a => a.Aggregate(0L, (sum, x) => unchecked(sum + Sprig.ToInt64(x))), Any);
        Add("add1", [Any], a => unchecked(Sprig.ToInt64(a[0]) + 1));
        Add("sub", [Any, Any], a => unchecked(Sprig.ToInt64(a[0]) - Sprig.ToInt64(a[1])));
        Add("mul", [Any], a => a.Skip(1).Aggregate(Sprig.ToInt64(a[0]), (product, x) => unchecked(product * Sprig.ToInt64(x))), Any);
        Add("div", [Any, Any], a => Sprig.Divide(Sprig.ToInt64(a[0]), Sprig.ToInt64(a[1]), remainder: false));
        Add("mod", [Any, Any], a => Sprig.Divide(Sprig.ToInt64(a[0]), Sprig.ToInt64(a[1]), remainder: true));
        return functions;
    }
}
