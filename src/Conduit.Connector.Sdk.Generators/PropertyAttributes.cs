using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Conduit.Connector.Sdk.Generators;

/// <summary>The configuration attributes found on one property.</summary>
internal sealed class PropertyAttributes
{
    private const string Namespace = "Conduit.Connector.Sdk.";

    public string? Name { get; private set; }

    public string? Default { get; private set; }

    public bool Required { get; private set; }

    public double? GreaterThan { get; private set; }

    public double? LessThan { get; private set; }

    public IReadOnlyList<string>? Inclusion { get; private set; }

    public IReadOnlyList<string>? Exclusion { get; private set; }

    public string? Regex { get; private set; }

    public bool Sensitive { get; private set; }

    public bool FilePath { get; private set; }

    /// <summary>Gets the names of the attributes that only make sense on a single value (not on nested objects).</summary>
    public List<string> ValueAttributes { get; } = [];

    public bool Any { get; private set; }

    public static PropertyAttributes Read(IPropertySymbol property)
    {
        var result = new PropertyAttributes();
        foreach (var attribute in property.GetAttributes())
        {
            var name = attribute.AttributeClass?.ToDisplayString();
            if (name is null || !name.StartsWith(Namespace, System.StringComparison.Ordinal))
            {
                continue;
            }

            var arguments = attribute.ConstructorArguments;
            var shortName = name.Substring(Namespace.Length);
            switch (shortName)
            {
                case "ParameterAttribute":
                    result.Name = arguments.Length > 0 ? arguments[0].Value as string : null;
                    break;
                case "DefaultAttribute":
                    result.Default = arguments.Length > 0 ? arguments[0].Value as string ?? string.Empty : string.Empty;
                    break;
                case "RequiredAttribute":
                    result.Required = true;
                    break;
                case "GreaterThanAttribute":
                    result.GreaterThan = arguments.Length > 0 && arguments[0].Value is double gt ? gt : double.NaN;
                    break;
                case "LessThanAttribute":
                    result.LessThan = arguments.Length > 0 && arguments[0].Value is double lt ? lt : double.NaN;
                    break;
                case "InclusionAttribute":
                    result.Inclusion = Strings(arguments);
                    break;
                case "ExclusionAttribute":
                    result.Exclusion = Strings(arguments);
                    break;
                case "RegexAttribute":
                    result.Regex = arguments.Length > 0 ? arguments[0].Value as string ?? string.Empty : string.Empty;
                    break;
                case "SensitiveAttribute":
                    result.Sensitive = true;
                    break;
                case "FilePathAttribute":
                    result.FilePath = true;
                    break;
                default:
                    continue;
            }

            result.Any = true;
            if (shortName != "ParameterAttribute")
            {
                result.ValueAttributes.Add(shortName.Substring(0, shortName.Length - "Attribute".Length));
            }
        }

        return result;
    }

    private static IReadOnlyList<string> Strings(System.Collections.Immutable.ImmutableArray<TypedConstant> arguments)
    {
        if (arguments.Length == 0)
        {
            return [];
        }

        var argument = arguments[0];
        if (argument.Kind == TypedConstantKind.Array)
        {
            return argument.Values.Select(v => v.Value as string ?? string.Empty).ToList();
        }

        return [argument.Value as string ?? string.Empty];
    }
}
