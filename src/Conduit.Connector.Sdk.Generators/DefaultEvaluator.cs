using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Conduit.Connector.Sdk.Configuration.GoSyntax;
using Conduit.Connector.Sdk.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Conduit.Connector.Sdk.Generators;

/// <summary>
/// Turns a property initializer into the default text Go would publish for the same value:
/// constants as Go prints them (<c>%v</c>), <c>TimeSpan</c> values as Go durations (<c>1m0s</c>),
/// collections joined with commas. Anything else cannot be known at compile time.
/// </summary>
internal static class DefaultEvaluator
{
    private const long TicksPerMicrosecond = 10;
    private const long TicksPerMillisecond = 10_000;
    private const long TicksPerSecond = 10_000_000;
    private const long TicksPerMinute = 60 * TicksPerSecond;
    private const long TicksPerHour = 60 * TicksPerMinute;
    private const long TicksPerDay = 24 * TicksPerHour;

    internal enum Outcome
    {
        /// <summary>No initializer, or one that means "empty" (<c>null</c>, <c>""</c>, <c>[]</c>, <c>new()</c>).</summary>
        None,

        /// <summary>A default text.</summary>
        Value,

        /// <summary>A value that is known but cannot be a default of this parameter (reason in the text).</summary>
        Invalid,

        /// <summary>Not a compile-time value.</summary>
        Unknown,
    }

    internal readonly record struct Result(Outcome Outcome, string Text);

    public static Result Evaluate(IPropertySymbol property, MemberShape shape, ValueKind kind, EquatableArray<EnumMemberModel> enumMembers, Compilation compilation, CancellationToken cancellationToken)
    {
        var syntax = property.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax(cancellationToken))
            .OfType<PropertyDeclarationSyntax>()
            .FirstOrDefault(p => p.Initializer is not null);
        if (syntax?.Initializer is null)
        {
            return new Result(Outcome.None, string.Empty);
        }

        var expression = syntax.Initializer.Value;
        while (expression is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed)
        {
            expression = suppressed.Operand;
        }

        var model = compilation.GetSemanticModel(syntax.SyntaxTree);
        var operation = model.GetOperation(expression, cancellationToken);
        if (operation is null)
        {
            return new Result(Outcome.Unknown, string.Empty);
        }

        return shape switch
        {
            MemberShape.Scalar => Scalar(operation, kind, enumMembers),
            MemberShape.List => List(operation, kind, enumMembers),
            _ => IsEmpty(operation) ? new Result(Outcome.None, string.Empty) : new Result(Outcome.Unknown, string.Empty),
        };
    }

    private static Result Scalar(IOperation operation, ValueKind kind, EquatableArray<EnumMemberModel> enumMembers)
    {
        if (IsNull(operation))
        {
            return new Result(Outcome.None, string.Empty);
        }

        if (kind == ValueKind.Duration)
        {
            return Duration(operation);
        }

        var constant = Constant(operation);
        if (constant is null)
        {
            if (kind == ValueKind.String && IsStringEmpty(operation))
            {
                return new Result(Outcome.None, string.Empty);
            }

            return new Result(Outcome.Unknown, string.Empty);
        }

        var value = constant.Value.Value;
        switch (kind)
        {
            case ValueKind.String:
                var text = value as string ?? string.Empty;
                return new Result(text.Length == 0 ? Outcome.None : Outcome.Value, text);
            case ValueKind.Integer:
                return new Result(Outcome.Value, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
            case ValueKind.Float:
                return new Result(Outcome.Value, GoFloat.FormatGeneral(Convert.ToDouble(value, CultureInfo.InvariantCulture), singlePrecision: false));
            case ValueKind.Single:
                return new Result(Outcome.Value, GoFloat.FormatGeneral(Convert.ToDouble(value, CultureInfo.InvariantCulture), singlePrecision: true));
            case ValueKind.Bool:
                return new Result(Outcome.Value, GoBool.Format(value is true));
            case ValueKind.Enum:
                var number = Convert.ToString(value, CultureInfo.InvariantCulture);
                var member = enumMembers.FirstOrDefault(m => m.Number == number);
                return member is null
                    ? new Result(Outcome.Invalid, "the value " + number + " is not a member of the enum")
                    : new Result(Outcome.Value, member.Text);
            default:
                return new Result(Outcome.Unknown, string.Empty);
        }
    }

    private static Result List(IOperation operation, ValueKind kind, EquatableArray<EnumMemberModel> enumMembers)
    {
        if (IsNull(operation))
        {
            return new Result(Outcome.None, string.Empty);
        }

        var elements = Elements(Unwrap(operation));
        if (elements is null)
        {
            return new Result(Outcome.Unknown, string.Empty);
        }

        var texts = new List<string>();
        foreach (var element in elements)
        {
            var result = Scalar(element, kind, enumMembers);
            if (result.Outcome is Outcome.Unknown or Outcome.Invalid)
            {
                return result;
            }

            if (result.Text.IndexOf(',') >= 0)
            {
                return new Result(Outcome.Invalid, "the element \"" + result.Text + "\" contains a comma, which separates elements");
            }

            texts.Add(result.Text);
        }

        return texts.Count == 0 ? new Result(Outcome.None, string.Empty) : new Result(Outcome.Value, string.Join(",", texts));
    }

    private static IReadOnlyList<IOperation>? Elements(IOperation operation)
    {
        switch (operation)
        {
            case ICollectionExpressionOperation collection:
                return collection.Elements.Any(e => e is ISpreadOperation) ? null : collection.Elements;
            case IArrayCreationOperation array:
                return array.Initializer?.ElementValues ?? (IReadOnlyList<IOperation>)Array.Empty<IOperation>();
            case IObjectCreationOperation creation when creation.Arguments.Length == 0:
                if (creation.Initializer is null)
                {
                    return Array.Empty<IOperation>();
                }

                var values = new List<IOperation>();
                foreach (var initializer in creation.Initializer.Initializers)
                {
                    if (initializer is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                    {
                        values.Add(add.Arguments[0].Value);
                    }
                    else
                    {
                        return null;
                    }
                }

                return values;
            case IInvocationOperation { TargetMethod: { Name: "Empty", ContainingType: { Name: "Array", ContainingNamespace.Name: "System" } } }:
                return Array.Empty<IOperation>();
            default:
                return null;
        }
    }

    private static bool IsEmpty(IOperation operation)
    {
        operation = Unwrap(operation);
        if (IsNull(operation))
        {
            return true;
        }

        return operation switch
        {
            ICollectionExpressionOperation collection => collection.Elements.Length == 0,
            IObjectCreationOperation creation => creation.Arguments.Length == 0 && (creation.Initializer is null || creation.Initializer.Initializers.Length == 0),
            _ => false,
        };
    }

    private static Result Duration(IOperation operation)
    {
        operation = Unwrap(operation);
        long ticks;
        switch (operation)
        {
            case IFieldReferenceOperation { Field: { Name: "Zero", ContainingType: var type } } when IsTimeSpan(type):
                ticks = 0;
                break;
            case IInvocationOperation invocation when IsTimeSpan(invocation.TargetMethod.ContainingType) && invocation.TargetMethod.IsStatic && invocation.TargetMethod.Name.StartsWith("From", StringComparison.Ordinal):
                if (!TrySumTicks(invocation.Arguments, invocation.TargetMethod.Name.Substring(4), out ticks))
                {
                    return new Result(Outcome.Unknown, string.Empty);
                }

                break;
            case IObjectCreationOperation creation when IsTimeSpan(creation.Type):
                if (!TrySumTicks(creation.Arguments, "Ticks", out ticks))
                {
                    return new Result(Outcome.Unknown, string.Empty);
                }

                break;
            default:
                return new Result(Outcome.Unknown, string.Empty);
        }

        if (ticks > long.MaxValue / 100 || ticks < long.MinValue / 100)
        {
            return new Result(Outcome.Invalid, "it is beyond the range of a Go duration (about 292 years)");
        }

        return new Result(Outcome.Value, GoDuration.Format(ticks * 100));
    }

    private static bool TrySumTicks(IEnumerable<IArgumentOperation> arguments, string methodUnit, out long ticks)
    {
        ticks = 0;
        try
        {
            checked
            {
                foreach (var argument in arguments)
                {
                    var constant = Constant(argument.Value);
                    if (constant is null || argument.Parameter is null)
                    {
                        return false;
                    }

                    var unitName = argument.Parameter.Name == "value" ? methodUnit : argument.Parameter.Name;
                    var unit = TicksPer(unitName);
                    if (unit == 0)
                    {
                        return false;
                    }

                    var value = constant.Value.Value;
                    ticks += value is double or float
                        ? (long)(Convert.ToDouble(value, CultureInfo.InvariantCulture) * unit)
                        : Convert.ToInt64(value, CultureInfo.InvariantCulture) * unit;
                }
            }

            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static long TicksPer(string unit) => unit.ToLowerInvariant() switch
    {
        "days" => TicksPerDay,
        "hours" => TicksPerHour,
        "minutes" => TicksPerMinute,
        "seconds" => TicksPerSecond,
        "milliseconds" => TicksPerMillisecond,
        "microseconds" => TicksPerMicrosecond,
        "ticks" => 1,
        _ => 0,
    };

    private static Optional<object?>? Constant(IOperation operation)
    {
        var current = operation;
        while (true)
        {
            if (current.ConstantValue.HasValue)
            {
                return current.ConstantValue;
            }

            if (current is IConversionOperation conversion)
            {
                current = conversion.Operand;
                continue;
            }

            return null;
        }
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool IsNull(IOperation operation)
    {
        var unwrapped = Unwrap(operation);
        if (unwrapped is IDefaultValueOperation)
        {
            return true;
        }

        return unwrapped.ConstantValue is { HasValue: true, Value: null };
    }

    private static bool IsStringEmpty(IOperation operation) =>
        Unwrap(operation) is IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } };

    private static bool IsTimeSpan(ITypeSymbol? type) =>
        type is { Name: "TimeSpan", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
}
