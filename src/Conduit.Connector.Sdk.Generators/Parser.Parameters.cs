using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Conduit.Connector.Sdk.Configuration.GoSyntax;
using Conduit.Connector.Sdk.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Conduit.Connector.Sdk.Generators;

/// <summary>Building one published parameter: type, validations, default, and their checks.</summary>
internal sealed partial class Parser
{
    private static readonly Regex s_unsupportedByRe2 = new(@"\(\?<?[=!]|\(\?>|\\[1-9]|\\k<", RegexOptions.CultureInvariant);

    /// <summary>Adds the parameter and returns its index, or -1 when its key is taken.</summary>
    private int AddParameter(IPropertySymbol property, PropertyAttributes attributes, TypeShape shape, string name)
    {
        var location = property.Locations.FirstOrDefault();
        var path = property.ContainingType.Name + "." + property.Name;
        if (_keyOwners.TryGetValue(name, out var owner))
        {
            Report(DiagnosticDescriptors.DuplicateKey, location, name, owner, path);
            return -1;
        }

        _keyOwners[name] = path;
        var isList = shape.Shape == MemberShape.List;
        var isNumber = !isList && shape.Kind is ValueKind.Integer or ValueKind.Float or ValueKind.Single;
        var typeDescription = Describe(shape);
        var enumMembers = shape.Kind == ValueKind.Enum ? EnumMembers(shape.ValueType) : EquatableArray<EnumMemberModel>.Empty;

        var parameterType = (isList ? ValueKind.String : shape.Kind) switch
        {
            ValueKind.Integer => "Int",
            ValueKind.Float or ValueKind.Single => "Float",
            ValueKind.Bool => "Bool",
            ValueKind.Duration => "Duration",
            _ => "String",
        };
        if (attributes.FilePath)
        {
            if (parameterType == "String" && shape.Kind == ValueKind.String && !isList)
            {
                parameterType = "File";
            }
            else
            {
                Report(DiagnosticDescriptors.ValidationDoesNotFit, location, "FilePath", name, "only a single string can be a file path, and this is " + typeDescription);
            }
        }

        var validations = new List<ValidationModel>();
        if (attributes.Required || property.IsRequired)
        {
            validations.Add(new ValidationModel("Required", string.Empty));
        }

        AddThreshold(validations, "GreaterThan", attributes.GreaterThan, isNumber, name, typeDescription, location);
        AddThreshold(validations, "LessThan", attributes.LessThan, isNumber, name, typeDescription, location);
        if (shape.Kind == ValueKind.Enum)
        {
            foreach (var attribute in new[] { ("Inclusion", attributes.Inclusion), ("Exclusion", attributes.Exclusion) }.Where(a => a.Item2 is not null))
            {
                Report(DiagnosticDescriptors.ValidationDoesNotFit, location, attribute.Item1, name, "an enum parameter already accepts exactly its members");
            }

            var bad = enumMembers.FirstOrDefault(m => m.Text.Length == 0 || m.Text.IndexOf(',') >= 0);
            if (bad is not null)
            {
                Report(DiagnosticDescriptors.ValidationDoesNotFit, location, "ParameterValue", name, "the enum text \"" + bad.Text + "\" of " + bad.MemberName.Replace("global::", string.Empty) + " is empty or contains a comma");
            }
            else if (!isList)
            {
                validations.Add(new ValidationModel("Inclusion", string.Join(",", enumMembers.Select(m => m.Text))));
            }
        }
        else
        {
            AddList(validations, "Inclusion", attributes.Inclusion, name, location);
            AddList(validations, "Exclusion", attributes.Exclusion, name, location);
        }

        if (attributes.Regex is { } pattern)
        {
            var problem = RegexProblem(pattern);
            if (problem is null)
            {
                validations.Add(new ValidationModel("Regex", pattern));
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidRegex, location, name, problem);
            }
        }

        var defaultText = attributes.Default;
        if (defaultText is null)
        {
            var evaluated = DefaultEvaluator.Evaluate(property, shape.Shape, shape.Kind, enumMembers, _compilation, _cancellationToken);
            switch (evaluated.Outcome)
            {
                case DefaultEvaluator.Outcome.Value:
                    defaultText = evaluated.Text;
                    break;
                case DefaultEvaluator.Outcome.Invalid:
                    Report(DiagnosticDescriptors.DefaultDoesNotParse, location, name, evaluated.Text);
                    break;
                case DefaultEvaluator.Outcome.Unknown:
                    Report(DiagnosticDescriptors.DefaultNotConstant, location, property.Name);
                    break;
            }
        }

        defaultText ??= string.Empty;
        if (defaultText.Trim().Length > 0)
        {
            CheckDefault(defaultText.Trim(), shape, enumMembers, validations, name, location);
        }

        _parameters.Add(new ParameterModel(
            name,
            parameterType,
            DocComments.Summary(property, _cancellationToken),
            defaultText,
            attributes.Sensitive,
            new EquatableArray<ValidationModel>(validations)));
        return _parameters.Count - 1;
    }

    private void AddThreshold(List<ValidationModel> validations, string type, double? threshold, bool isNumber, string name, string typeDescription, Location? location)
    {
        if (threshold is not { } value)
        {
            return;
        }

        if (!isNumber)
        {
            Report(DiagnosticDescriptors.ValidationDoesNotFit, location, type, name, "it compares numbers, and this is " + typeDescription);
        }
        else if (double.IsNaN(value) || double.IsInfinity(value))
        {
            Report(DiagnosticDescriptors.ValidationDoesNotFit, location, type, name, "the threshold must be a finite number");
        }
        else
        {
            validations.Add(new ValidationModel(type, GoFloat.FormatFixed(value)));
        }
    }

    private void AddList(List<ValidationModel> validations, string type, IReadOnlyList<string>? values, string name, Location? location)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count == 0)
        {
            Report(DiagnosticDescriptors.ValidationDoesNotFit, location, type, name, "the list of values is empty");
        }
        else if (values.FirstOrDefault(v => v.IndexOf(',') >= 0) is { } withComma)
        {
            Report(DiagnosticDescriptors.ValidationDoesNotFit, location, type, name, "the value \"" + withComma + "\" contains a comma, which separates values in the specification");
        }
        else
        {
            validations.Add(new ValidationModel(type, string.Join(",", values)));
        }
    }

    private static string? RegexProblem(string pattern)
    {
        if (pattern.Length == 0)
        {
            return "the pattern is empty";
        }

        try
        {
            _ = new Regex(pattern.Replace("(?P<", "(?<"), RegexOptions.CultureInvariant);
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }

        return s_unsupportedByRe2.IsMatch(pattern)
            ? "look-arounds, atomic groups and back-references are not supported by Go's RE2 (nor by the SDK's linear-time matcher)"
            : null;
    }

    private void CheckDefault(string text, TypeShape shape, EquatableArray<EnumMemberModel> enumMembers, List<ValidationModel> validations, string name, Location? location)
    {
        var elements = shape.Shape == MemberShape.List ? text.Split(',').Select(e => e.Trim()) : [text];
        foreach (var element in elements)
        {
            var problem = ParseProblem(element, shape, enumMembers);
            if (problem is not null)
            {
                Report(DiagnosticDescriptors.DefaultDoesNotParse, location, name, problem);
                return;
            }
        }

        foreach (var validation in validations)
        {
            var problem = validation.Type switch
            {
                "GreaterThan" => !GoFloat.TryParse(text, out var v) ? "\"" + text + "\" is not a number"
                    : v > double.Parse(validation.Value, System.Globalization.CultureInfo.InvariantCulture) ? null
                    : "\"" + text + "\" is not greater than " + validation.Value,
                "LessThan" => !GoFloat.TryParse(text, out var v) ? "\"" + text + "\" is not a number"
                    : v < double.Parse(validation.Value, System.Globalization.CultureInfo.InvariantCulture) ? null
                    : "\"" + text + "\" is not less than " + validation.Value,
                "Inclusion" => validation.Value.Split(',').Contains(text) ? null : "\"" + text + "\" is not one of [" + validation.Value + "]",
                "Exclusion" => validation.Value.Split(',').Contains(text) ? "\"" + text + "\" is one of the excluded values [" + validation.Value + "]" : null,
                "Regex" => new Regex(validation.Value.Replace("(?P<", "(?<"), RegexOptions.CultureInvariant).IsMatch(text) ? null : "\"" + text + "\" does not match the regex \"" + validation.Value + "\"",
                _ => null,
            };
            if (problem is not null)
            {
                Report(DiagnosticDescriptors.DefaultBreaksValidation, location, name, problem);
                return;
            }
        }
    }

    private static string? ParseProblem(string text, TypeShape shape, EquatableArray<EnumMemberModel> enumMembers)
    {
        switch (shape.Kind)
        {
            case ValueKind.Integer:
                var (minimum, maximum) = NumericRange(shape.ValueType);
                return !GoInteger.TryParse(text, out var integer) ? "\"" + text + "\" is not an integer (Go's strconv.Atoi syntax)"
                    : integer < minimum || integer > maximum ? "\"" + text + "\" is out of the range of " + shape.ValueType.ToDisplayString()
                    : null;
            case ValueKind.Float:
            case ValueKind.Single:
                return GoFloat.TryParse(text, out _) ? null : "\"" + text + "\" is not a float (Go's strconv.ParseFloat syntax)";
            case ValueKind.Bool:
                return GoBool.TryParse(text, out _) ? null : "\"" + text + "\" is not a boolean (1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False)";
            case ValueKind.Duration:
                return GoDuration.TryParse(text, out _, out var error) ? null : "\"" + text + "\" is not a duration (" + error + ")";
            case ValueKind.Enum:
                return enumMembers.Any(m => m.Text == text) ? null : "\"" + text + "\" is not one of [" + string.Join(",", enumMembers.Select(m => m.Text)) + "]";
            default:
                return null;
        }
    }

    private static string Describe(TypeShape shape)
    {
        var kind = shape.Kind switch
        {
            ValueKind.Integer => "an integer",
            ValueKind.Float or ValueKind.Single => "a float",
            ValueKind.Bool => "a boolean",
            ValueKind.Duration => "a duration",
            ValueKind.Enum => "an enum",
            _ => "a string",
        };
        return shape.Shape == MemberShape.List ? "a list (published as a string)" : kind;
    }
}
