namespace Conduit.Connector.Sdk;

/// <summary>One validation rule of a parameter, as published in the specification.</summary>
/// <param name="Type">The kind of rule.</param>
/// <param name="Value">The threshold, the comma-separated list or the pattern; empty for <see cref="ValidationType.Required"/>.</param>
public sealed record ParameterValidation(ValidationType Type, string Value);
