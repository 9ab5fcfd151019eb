using Conduit.Connector.Sdk.Records;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>Field access, method calls and function calls with Go's argument checking.</summary>
internal sealed partial class TemplateEvaluator
{
    private static readonly HashSet<string> s_recordMethods = new(StringComparer.Ordinal)
    {
        "Bytes", "Clone", "Map", "SetSerializer", "ToProto", "UnmarshalJSON",
    };

    private object? EvalField(object? receiver, string name, TemplateNode node, bool hasArguments)
    {
        _at = node;
        switch (receiver)
        {
            case null:
                throw Error($"nil data; no entry for key {GoQuote.Quote(name)}");
            case NilData:
                throw Error($"nil pointer evaluating opencdc.Data.{name}");
        }

        if (TryCallMethod(receiver, name, hasArguments, out var result))
        {
            return result;
        }

        switch (receiver)
        {
            case Record record:
                object? field = name switch
                {
                    "Position" => record.Position,
                    "Operation" => record.Operation,
                    "Metadata" => record.Metadata,
                    "Key" => GoValues.FromData(record.Key),
                    "Payload" => record.Payload,
                    _ when s_recordMethods.Contains(name) =>
                        throw Error($"method {name} of opencdc.Record is not supported by the C# SDK's template record format"),
                    _ => s_missing,
                };
                if (field != s_missing)
                {
                    return hasArguments ? throw Error($"{name} has arguments but cannot be invoked as function") : field;
                }

                break;
            case Change change when name is "Before" or "After":
                return hasArguments
                    ? throw Error($"{name} has arguments but cannot be invoked as function")
                    : GoValues.FromData(name == "Before" ? change.Before : change.After);
            default:
                if (GoValues.Kind(receiver) == GoKind.Map)
                {
                    if (hasArguments)
                    {
                        throw Error($"{name} is not a method but has arguments");
                    }

                    return GoValues.TryGetMapValue(receiver, name, out var value)
                        ? value
                        : throw Error($"map has no entry for key {GoQuote.Quote(name)}");
                }

                break;
        }

        throw Error($"can't evaluate field {name} in type {GoValues.StaticTypeName(receiver)}");
    }

    // The methods Go's types offer that a template can call without arguments.
    private bool TryCallMethod(object receiver, string name, bool hasArguments, out object? result)
    {
        result = (receiver, name) switch
        {
            (Position position, "String") => position.IsEmpty ? "<nil>" : position.ToString(),
            (Operation operation, "String") => OperationText.ToText(operation),
            (RawData raw, "Bytes") => raw.Bytes,
            (RawData raw, "Clone") => raw,
            (StructuredData data, "Bytes") => Bytes(data),
            (StructuredData data, "Clone") => data.Clone(),
            (RawData or StructuredData, "ToProto") =>
                throw Error($"method {name} of opencdc.Data is not supported by the C# SDK's template record format"),
            _ => s_missing,
        };
        if (result == s_missing)
        {
            return false;
        }

        if (hasArguments)
        {
            throw Error($"wrong number of args for {name}: want 0 got 1");
        }

        return true;
    }

    private ReadOnlyMemory<byte> Bytes(StructuredData data)
    {
        try
        {
            return data.ToBytes();
        }
        catch (NotSupportedException e)
        {
            throw Error("error calling Bytes: " + e.Message);
        }
    }

    private object? EvalCall(object? dot, TemplateFunction function, CommandNode command, List<TemplateNode> arguments, object? final)
    {
        var name = function.Name;
        var given = arguments.Count - 1;
        var count = given + (final == s_missing ? 0 : 1);
        var fixedCount = function.Parameters.Length;
        if (function.Variadic is null ? count != fixedCount : count < fixedCount)
        {
            throw Error(function.Variadic is null
                ? $"wrong number of args for {name}: want {fixedCount} got {count}"
                : $"wrong number of args for {name}: want at least {fixedCount} got {given}");
        }

        ParamKind KindAt(int index) => index < fixedCount ? function.Parameters[index] : function.Variadic!.Value;

        if (name is "and" or "or")
        {
            object? value = null;
            for (var i = 1; i < arguments.Count; i++)
            {
                value = EvalArgument(dot, ParamKind.Value, arguments[i], allowNilData: true);
                if (GoValues.IsTrue(value) == (name == "or"))
                {
                    return value;
                }
            }

            return final == s_missing ? value : final;
        }

        var values = new object?[count];
        for (var i = 0; i < given; i++)
        {
            values[i] = EvalArgument(dot, KindAt(i), arguments[i + 1]);
        }

        if (final != s_missing)
        {
            values[count - 1] = ValidateType(final, KindAt(count - 1));
        }

        try
        {
            return function.Body(values);
        }
        catch (TemplateFunctionException e)
        {
            _at = command;
            throw Error($"error calling {name}: {e.Message}");
        }
    }

    /// <summary>Evaluates an argument for a parameter of a Go type, like Go's <c>evalArg</c>.</summary>
    private object? EvalArgument(object? dot, ParamKind kind, TemplateNode node, bool allowNilData = false)
    {
        _at = node;
        object? value;
        switch (node)
        {
            case DotNode:
                value = dot;
                break;
            case NilNode:
                return kind is ParamKind.Any or ParamKind.Map
                    ? null
                    : throw Error("cannot assign nil to " + TemplateFunction.GoTypeName(kind));
            case FieldNode field:
                value = EvalFieldChain(dot, dot, field, field.Identifiers, [node], s_missing);
                break;
            case VariableNode variable:
                value = EvalVariable(dot, variable, null, s_missing);
                break;
            case PipeNode pipe:
                value = EvalPipeline(dot, pipe);
                break;
            case IdentifierNode identifier:
                value = EvalFunction(dot, identifier, new CommandNode(identifier.Position) { Arguments = { identifier } }, [identifier], s_missing);
                break;
            case ChainNode chain:
                value = EvalChain(dot, chain, null, s_missing);
                break;
            default:
                return EvalLiteral(kind, node);
        }

        _at = node;
        return allowNilData ? value : ValidateType(value, kind);
    }

    private object? EvalLiteral(ParamKind kind, TemplateNode node)
    {
        switch (kind)
        {
            case ParamKind.Any or ParamKind.Value:
                return node switch
                {
                    BoolNode boolean => boolean.Value,
                    NumberNode number => IdealConstant(number),
                    StringNode text => text.Text,
                    _ => throw Error("can't handle " + node + " for arg of type interface {}"),
                };
            case ParamKind.String when node is StringNode text:
                return text.Text;
            case ParamKind.Bool when node is BoolNode boolean:
                return boolean.Value;
            case ParamKind.Int when node is NumberNode { IsInt: true } number:
                return number.Int;
            case ParamKind.Float when node is NumberNode { IsFloat: true } number:
                return number.Float;
            case ParamKind.Map:
                throw Error($"can't handle {node} for arg of type map[string]interface {{}}");
        }

        var expected = kind switch
        {
            ParamKind.Int => "integer",
            ParamKind.Float => "float",
            _ => TemplateFunction.GoTypeName(kind),
        };
        throw Error($"expected {expected}; found {node}");
    }

    private object? IdealConstant(NumberNode number)
    {
        if (number.IsFloatText)
        {
            return number.Float;
        }

        if (number.IsInt)
        {
            return number.Int;
        }

        throw Error(number.Text + " overflows int");
    }

    /// <summary>Checks a value against a parameter type, with Go's messages.</summary>
    private object? ValidateType(object? value, ParamKind kind)
    {
        if (kind is ParamKind.Any or ParamKind.Value)
        {
            return value is NilData ? null : value;
        }

        if (value is null)
        {
            return kind == ParamKind.Map ? null : throw Error("invalid value; expected " + TemplateFunction.GoTypeName(kind));
        }

        var ok = kind switch
        {
            ParamKind.String => value is string,
            ParamKind.Int => value is long,
            ParamKind.Float => value is double,
            ParamKind.Bool => value is bool,
            _ => value is StructuredData or IDictionary<string, object?> or IReadOnlyDictionary<string, object?>,
        };
        return ok
            ? value
            : throw Error($"wrong type for value; expected {TemplateFunction.GoTypeName(kind)}; got {(value is NilData ? "opencdc.Data" : GoValues.TypeName(value))}");
    }
}
