using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Conduit.Connector.Sdk.Generators;

/// <summary>Every diagnostic of the configuration generator, <c>CCSDK1001</c> onwards.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Conduit.Configuration";

    public static readonly DiagnosticDescriptor NotPartial = new DiagnosticDescriptor(
        "CCSDK1001",
        "Configuration type must be partial",
        "'{0}' must be declared partial (and so must every type containing it) so that the generator can implement IConnectorConfiguration",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedType = new DiagnosticDescriptor(
        "CCSDK1002",
        "Unsupported configuration property",
        "Property '{0}' of type '{1}' cannot be a configuration parameter: {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateKey = new DiagnosticDescriptor(
        "CCSDK1003",
        "Two properties map to one parameter key",
        "Properties '{1}' and '{2}' both map to the parameter key \"{0}\"; give one of them another name with [Parameter(\"...\")]",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DefaultDoesNotParse = new DiagnosticDescriptor(
        "CCSDK1004",
        "Default value does not parse",
        "The default of parameter \"{0}\" does not parse: {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DefaultBreaksValidation = new DiagnosticDescriptor(
        "CCSDK1005",
        "Default value breaks its own validation",
        "The default of parameter \"{0}\" breaks its own validation: {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ValidationDoesNotFit = new DiagnosticDescriptor(
        "CCSDK1006",
        "Validation does not fit the parameter type",
        "[{0}] does not fit parameter \"{1}\": {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidRegex = new DiagnosticDescriptor(
        "CCSDK1007",
        "Invalid regular expression",
        "The regex of parameter \"{0}\" is invalid: {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DefaultNotConstant = new DiagnosticDescriptor(
        "CCSDK1008",
        "Initializer is not a compile-time default",
        "The initializer of property '{0}' cannot be read at compile time; use a constant, TimeSpan.FromX(constant), a collection of constants, or state the default with [Default(\"...\")]",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor CannotCreate = new DiagnosticDescriptor(
        "CCSDK1009",
        "Configuration type cannot be created",
        "The generated code cannot create '{0}': {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidName = new DiagnosticDescriptor(
        "CCSDK1010",
        "Invalid parameter name",
        "The parameter name \"{0}\" of property '{1}' is invalid: {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        NotPartial,
        UnsupportedType,
        DuplicateKey,
        DefaultDoesNotParse,
        DefaultBreaksValidation,
        ValidationDoesNotFit,
        InvalidRegex,
        DefaultNotConstant,
        CannotCreate,
        InvalidName,
    ];

    public static DiagnosticDescriptor? Find(string id) => id switch
    {
        "CCSDK1001" => NotPartial,
        "CCSDK1002" => UnsupportedType,
        "CCSDK1003" => DuplicateKey,
        "CCSDK1004" => DefaultDoesNotParse,
        "CCSDK1005" => DefaultBreaksValidation,
        "CCSDK1006" => ValidationDoesNotFit,
        "CCSDK1007" => InvalidRegex,
        "CCSDK1008" => DefaultNotConstant,
        "CCSDK1009" => CannotCreate,
        "CCSDK1010" => InvalidName,
        _ => null,
    };
}
