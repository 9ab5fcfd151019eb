namespace Conduit.Connector.Sdk.Generators.Model;

/// <summary>What the generator emits for one <c>[ConnectorConfiguration]</c> type.</summary>
/// <param name="Namespace">The namespace, empty for the global namespace.</param>
/// <param name="ContainingTypes">Declarations of the containing types, outermost first (e.g. <c>partial class Outer</c>).</param>
/// <param name="Declaration">The partial declaration keyword and name (e.g. <c>partial record SourceConfig</c>).</param>
/// <param name="TypeName">The fully qualified type name.</param>
/// <param name="HintName">The generated file name.</param>
/// <param name="Parameters">The parameters, in declaration order (nested objects expanded in place).</param>
/// <param name="Root">How to build the object.</param>
internal sealed record ConfigurationModel(
    string Namespace,
    EquatableArray<string> ContainingTypes,
    string Declaration,
    string TypeName,
    string HintName,
    EquatableArray<ParameterModel> Parameters,
    ObjectModel Root);

/// <summary>One published parameter.</summary>
internal sealed record ParameterModel(
    string Name,
    string Type,
    string Description,
    string Default,
    bool IsSensitive,
    EquatableArray<ValidationModel> Validations);

/// <summary>One published validation; <paramref name="Type"/> is a <c>ValidationType</c> member name.</summary>
internal sealed record ValidationModel(string Type, string Value);

/// <summary>An object the generated code creates with an object initializer.</summary>
internal sealed record ObjectModel(string TypeName, EquatableArray<MemberModel> Members);

/// <summary>How a property is read.</summary>
internal enum MemberShape
{
    Scalar,
    List,
    Map,
    MapOfObjects,
    Nested,
}

/// <summary>The scalar kind of a value (or of a list or dictionary element).</summary>
internal enum ValueKind
{
    String,
    Integer,
    Float,
    Single,
    Bool,
    Duration,
    Enum,
}

/// <summary>One property assignment.</summary>
/// <param name="PropertyName">The property.</param>
/// <param name="Shape">Scalar, list, dictionary or nested object.</param>
/// <param name="Kind">The scalar kind of the value or element.</param>
/// <param name="ValueTypeName">The fully qualified value (or element) type, without nullability.</param>
/// <param name="IsNullable">Whether the property accepts <see langword="null"/> (absent stays null).</param>
/// <param name="ParameterIndex">The parameter read, or -1 for nested objects and dictionaries of objects.</param>
/// <param name="KeySuffix">Inside a dictionary of objects: the part of the name after the <c>*</c> (e.g. <c>.format</c>).</param>
/// <param name="Minimum">For integers: the smallest value, as C# text.</param>
/// <param name="Maximum">For integers: the largest value, as C# text.</param>
/// <param name="EnumMembers">For enums: configuration text and member name.</param>
/// <param name="Nested">For nested objects and dictionaries of objects: the object.</param>
/// <param name="MapPrefix">For dictionaries: the text before the <c>*</c> (e.g. <c>headers.</c>).</param>
/// <param name="MapParameterIndices">For dictionaries of objects: every parameter of the value object.</param>
internal sealed record MemberModel(
    string PropertyName,
    MemberShape Shape,
    ValueKind Kind,
    string ValueTypeName,
    bool IsNullable,
    int ParameterIndex,
    string KeySuffix,
    string Minimum,
    string Maximum,
    EquatableArray<EnumMemberModel> EnumMembers,
    ObjectModel? Nested,
    string MapPrefix,
    EquatableArray<int> MapParameterIndices);

/// <summary>An enum member: its configuration text, its C# name and its numeric value as text.</summary>
internal sealed record EnumMemberModel(string Text, string MemberName, string Number);

/// <summary>The outcome of parsing one configuration type: a model when it can be generated, and diagnostics.</summary>
internal sealed record ParseResult(ConfigurationModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
