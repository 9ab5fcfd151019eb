using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>
/// Writes a specification in the Go SDK's <c>connector.yaml</c> format (file-format <c>version: "1.0"</c>), the
/// output of <c>spec</c> and of a <c>connector.yaml</c> generator. Built on YamlDotNet's representation model,
/// which needs no reflection (Native AOT safe).
/// </summary>
/// <remarks>
/// Shape, as the Go SDK's specgen writes it: <c>specification</c> holds name, summary, description, version and
/// author; <c>source</c> / <c>destination</c> hold a <c>parameters</c> list and appear only when there are
/// parameters; each parameter has name, description, type, default (always a string) and, when it has any,
/// validations (type and value). Parameters are ordered: the connector's own before the SDK's <c>sdk.</c> ones,
/// required before optional, then by name.
/// </remarks>
internal static partial class SpecificationYamlWriter
{
    /// <summary>The connector.yaml file-format version written.</summary>
    public const string FormatVersion = "1.0";

    /// <summary>Writes the YAML text of a specification.</summary>
    public static void Write(
        TextWriter writer,
        Specification specification,
        IReadOnlyList<ParameterSpecification> sourceParameters,
        IReadOnlyList<ParameterSpecification> destinationParameters)
    {
        Save(writer, CreateDocument(specification, sourceParameters, destinationParameters));
    }

    /// <summary>Builds the document's root mapping (a generator may merge it with an existing file before saving).</summary>
    public static YamlMappingNode CreateDocument(
        Specification specification,
        IReadOnlyList<ParameterSpecification> sourceParameters,
        IReadOnlyList<ParameterSpecification> destinationParameters)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(sourceParameters);
        ArgumentNullException.ThrowIfNull(destinationParameters);

        var body = new YamlMappingNode
        {
            { "name", Scalar(specification.Name) },
            { "summary", Scalar(specification.Summary) },
            { "description", Scalar(specification.Description) },
            { "version", Scalar(specification.Version) },
            { "author", Scalar(specification.Author) },
        };
        if (sourceParameters.Count > 0)
        {
            body.Add("source", new YamlMappingNode { { "parameters", Parameters(sourceParameters) } });
        }

        if (destinationParameters.Count > 0)
        {
            body.Add("destination", new YamlMappingNode { { "parameters", Parameters(destinationParameters) } });
        }

        return new YamlMappingNode
        {
            { "version", new YamlScalarNode(FormatVersion) { Style = ScalarStyle.DoubleQuoted } },
            { "specification", body },
        };
    }

    /// <summary>Saves a document with the layout the Go tools write: two-space indent, indented lists, no line folding.</summary>
    public static void Save(TextWriter writer, YamlMappingNode root)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(root);
        var settings = new EmitterSettings(
            bestIndent: 2,
            bestWidth: int.MaxValue,
            isCanonical: false,
            maxSimpleKeyLength: 1024,
            skipAnchorName: false,
            indentSequences: true);
        new YamlStream(new YamlDocument(root)).Save(new ImplicitDocumentEndEmitter(new Emitter(writer, settings)), assignAnchors: false);
    }

    /// <summary>Orders parameters as connector.yaml lists them.</summary>
    public static IEnumerable<ParameterSpecification> Order(IEnumerable<ParameterSpecification> parameters) =>
        parameters
            .OrderBy(parameter => parameter.Name.StartsWith("sdk.", StringComparison.Ordinal))
            .ThenBy(parameter => !parameter.Validations.Any(validation => validation.Type == ValidationType.Required))
            .ThenBy(parameter => parameter.Name, StringComparer.Ordinal);

    /// <summary>Returns the YAML name of a parameter type.</summary>
    public static string TypeName(ParameterType type) => type switch
    {
        ParameterType.String => "string",
        ParameterType.Int => "int",
        ParameterType.Float => "float",
        ParameterType.Bool => "bool",
        ParameterType.File => "file",
        ParameterType.Duration => "duration",
        _ => "unknown",
    };

    /// <summary>Returns the YAML name of a validation type.</summary>
    public static string ValidationName(ValidationType type) => type switch
    {
        ValidationType.Required => "required",
        ValidationType.GreaterThan => "greater-than",
        ValidationType.LessThan => "less-than",
        ValidationType.Inclusion => "inclusion",
        ValidationType.Exclusion => "exclusion",
        ValidationType.Regex => "regex",
        _ => "unknown",
    };

    private static YamlSequenceNode Parameters(IReadOnlyList<ParameterSpecification> parameters)
    {
        var list = new YamlSequenceNode();
        foreach (var parameter in Order(parameters))
        {
            var node = new YamlMappingNode
            {
                { "name", Scalar(parameter.Name) },
                { "description", Scalar(parameter.Description) },
                { "type", Scalar(TypeName(parameter.Type)) },
                { "default", Scalar(parameter.Default) },
            };
            if (parameter.Validations.Count > 0)
            {
                var validations = new YamlSequenceNode();
                foreach (var validation in parameter.Validations)
                {
                    validations.Add(new YamlMappingNode
                    {
                        { "type", Scalar(ValidationName(validation.Type)) },
                        { "value", Scalar(validation.Value) },
                    });
                }

                node.Add("validations", validations);
            }

            list.Add(node);
        }

        return list;
    }

    // Text is text: anything a YAML reader would take for a number, boolean, null or time gets quotes, and
    // multi-line text is a literal block (the emitter falls back to quotes where a block cannot hold it).
    private static YamlScalarNode Scalar(string? value)
    {
        value ??= string.Empty;
        var style = value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : NeedsQuotes(value) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Plain;
        return new YamlScalarNode(value) { Style = style };
    }

    private static bool NeedsQuotes(string value) => value.Length == 0 || NonStringPlainScalar().IsMatch(value);

    // YamlDocument ends its document explicitly ("..."); connector.yaml files do not.
    private sealed class ImplicitDocumentEndEmitter : IEmitter
    {
        private readonly IEmitter _inner;

        public ImplicitDocumentEndEmitter(IEmitter inner) => _inner = inner;

        public void Emit(ParsingEvent @event) => _inner.Emit(@event is DocumentEnd ? new DocumentEnd(isImplicit: true) : @event);
    }

    [GeneratedRegex(
        @"^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        + @"|[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
        + @"|[-+]?0x[0-9a-fA-F_]+|[-+]?0o?[0-7_]+|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"
        + @"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
        + @"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NonStringPlainScalar();
}
