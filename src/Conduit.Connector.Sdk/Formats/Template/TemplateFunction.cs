namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>The Go parameter types of template functions; arguments are checked against them like Go does.</summary>
internal enum ParamKind
{
    /// <summary><c>interface{}</c>: anything; a nil <c>opencdc.Data</c> becomes plain nil.</summary>
    Any,

    /// <summary><c>reflect.Value</c> (the builtins <c>eq</c>, <c>index</c>, <c>len</c> …): like <see cref="Any"/> but a literal <c>nil</c> is rejected.</summary>
    Value,

    /// <summary><c>string</c>.</summary>
    String,

    /// <summary><c>int</c>.</summary>
    Int,

    /// <summary><c>float64</c>.</summary>
    Float,

    /// <summary><c>bool</c>.</summary>
    Bool,

    /// <summary><c>map[string]interface{}</c> (structured data qualifies; metadata does not).</summary>
    Map,
}

/// <summary>A function callable from a template: its Go signature and its body.</summary>
/// <param name="Name">The name.</param>
/// <param name="Parameters">The fixed parameters.</param>
/// <param name="Variadic">The type of the trailing <c>...</c> parameter, or <see langword="null"/>.</param>
/// <param name="Body">The implementation; receives arguments already checked against the signature.
/// It throws <see cref="TemplateFunctionException"/> for errors, which become <c>error calling NAME: …</c>.</param>
internal sealed record TemplateFunction(string Name, ParamKind[] Parameters, ParamKind? Variadic, Func<object?[], object?> Body)
{
    public static string GoTypeName(ParamKind kind) => kind switch
    {
        ParamKind.String => "string",
        ParamKind.Int => "int",
        ParamKind.Float => "float64",
        ParamKind.Bool => "bool",
        ParamKind.Map => "map[string]interface {}",
        ParamKind.Value => "reflect.Value",
        _ => "interface {}",
    };
}
