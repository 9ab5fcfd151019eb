using System.Text;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>
/// Executes a parsed template against a record with the semantics of Go's <c>text/template</c>
/// (option <c>missingkey=error</c>): variables and their scopes, pipelines where the previous value
/// becomes the last argument, field chains, short-circuit <c>and</c>/<c>or</c>, and Go's printing of
/// values. Errors are <see cref="TemplateException"/>s in Go's shape:
/// <c>template: :LINE:COL: executing "" at &lt;NODE&gt;: MESSAGE</c>.
/// </summary>
internal sealed partial class TemplateEvaluator
{
    private static readonly object s_missing = new();

    private readonly string _source;
    private readonly StringBuilder _output;
    private readonly List<(string Name, object? Value)> _variables = [];
    private TemplateNode? _at;

    private TemplateEvaluator(string source, StringBuilder output)
    {
        _source = source;
        _output = output;
    }

    private enum Flow
    {
        Normal,
        Break,
        Continue,
    }

    /// <summary>Runs a template with a record as its data and appends the output.</summary>
    /// <exception cref="TemplateException">The template fails for this record.</exception>
    public static void Execute(ListNode root, string source, Record record, StringBuilder output)
    {
        var evaluator = new TemplateEvaluator(source, output);
        evaluator._variables.Add(("$", record));
        evaluator.Walk(record, root);
    }

    private Flow Walk(object? dot, TemplateNode node)
    {
        _at = node;
        switch (node)
        {
            case TextNode text:
                _output.Append(text.Text);
                return Flow.Normal;
            case ListNode list:
                foreach (var child in list.Nodes)
                {
                    var flow = Walk(dot, child);
                    if (flow != Flow.Normal)
                    {
                        return flow;
                    }
                }

                return Flow.Normal;
            case ActionNode action:
                var value = EvalPipeline(dot, action.Pipe);
                if (action.Pipe.Declarations.Count == 0)
                {
                    _at = action;
                    _output.Append(value switch
                    {
                        null => "<no value>",
                        NilData => "<nil>",
                        _ => Guard(() => GoFormat.ToText(value)),
                    });
                }

                return Flow.Normal;
            case ControlNode { Kind: TokenKind.Range } range:
                return WalkRange(dot, range);
            case ControlNode control:
                return WalkIfOrWith(dot, control);
            case BreakNode:
                return Flow.Break;
            case ContinueNode:
                return Flow.Continue;
            default:
                throw Error("unknown node: " + node);
        }
    }

    private Flow WalkIfOrWith(object? dot, ControlNode control)
    {
        var mark = _variables.Count;
        try
        {
            var value = EvalPipeline(dot, control.Pipe);
            if (GoValues.IsTrue(value))
            {
                return Walk(control.Kind == TokenKind.With ? value : dot, control.List);
            }

            return control.ElseList is null ? Flow.Normal : Walk(dot, control.ElseList);
        }
        finally
        {
            _variables.RemoveRange(mark, _variables.Count - mark);
        }
    }

    private Flow WalkRange(object? dot, ControlNode range)
    {
        var outer = _variables.Count;
        try
        {
            var value = EvalPipeline(dot, range.Pipe);
            var mark = _variables.Count;
            var iterated = false;
            Flow Iterate(object? index, object? element)
            {
                iterated = true;
                var declarations = range.Pipe.Declarations.Count;
                if (declarations > 0)
                {
                    if (range.Pipe.IsAssign)
                    {
                        if (declarations > 1)
                        {
                            SetVariable(range.Pipe.Declarations[0].Identifiers[0], index);
                            SetVariable(range.Pipe.Declarations[1].Identifiers[0], element);
                        }
                        else
                        {
                            SetVariable(range.Pipe.Declarations[0].Identifiers[0], element);
                        }
                    }
                    else
                    {
                        SetTop(1, element);
                        if (declarations > 1)
                        {
                            SetTop(2, index);
                        }
                    }
                }

                try
                {
                    return Walk(element, range.List);
                }
                finally
                {
                    _variables.RemoveRange(mark, _variables.Count - mark);
                }
            }

            switch (value)
            {
                case null:
                    break;
                case NilData:
                    throw Error("range can't iterate over <nil>");
                case long or int or short or sbyte:
                    if (range.Pipe.Declarations.Count > 1)
                    {
                        throw Error($"can't use {GoFormat.ToText(value)} to iterate over more than one variable");
                    }

                    for (long i = 0, n = GoValues.ToInt64(value); i < n; i++)
                    {
                        if (Iterate(i, i) == Flow.Break)
                        {
                            break;
                        }
                    }

                    break;
                default:
                    switch (GoValues.Kind(value))
                    {
                        case GoKind.Slice:
                            var items = GoValues.ListItems(value);
                            for (var i = 0; i < items.Count; i++)
                            {
                                if (Iterate((long)i, items[i]) == Flow.Break)
                                {
                                    break;
                                }
                            }

                            break;
                        case GoKind.Map:
                            foreach (var (key, item) in GoValues.SortedEntries(value))
                            {
                                if (Iterate(key, item) == Flow.Break)
                                {
                                    break;
                                }
                            }

                            break;
                        default:
                            throw Error("range can't iterate over " + Guard(() => GoFormat.ToText(value)));
                    }

                    break;
            }

            if (!iterated && range.ElseList is not null)
            {
                return Walk(dot, range.ElseList);
            }

            return Flow.Normal;
        }
        finally
        {
            _variables.RemoveRange(outer, _variables.Count - outer);
        }
    }

    private object? EvalPipeline(object? dot, PipeNode pipe)
    {
        _at = pipe;
        var value = s_missing;
        foreach (var command in pipe.Commands)
        {
            value = EvalCommand(dot, command, value);
        }

        foreach (var declaration in pipe.Declarations)
        {
            if (pipe.IsAssign)
            {
                SetVariable(declaration.Identifiers[0], value);
            }
            else
            {
                _variables.Add((declaration.Identifiers[0], value));
            }
        }

        return value;
    }

    private object? EvalCommand(object? dot, CommandNode command, object? final)
    {
        var first = command.Arguments[0];
        switch (first)
        {
            case FieldNode field:
                _at = field;
                return EvalFieldChain(dot, dot, field, field.Identifiers, command.Arguments, final);
            case ChainNode chain:
                return EvalChain(dot, chain, command.Arguments, final);
            case IdentifierNode identifier:
                return EvalFunction(dot, identifier, command, command.Arguments, final);
            case PipeNode pipe:
                NotAFunction(command.Arguments, final);
                return EvalPipeline(dot, pipe);
            case VariableNode variable:
                return EvalVariable(dot, variable, command.Arguments, final);
        }

        _at = first;
        NotAFunction(command.Arguments, final);
        return first switch
        {
            BoolNode boolean => boolean.Value,
            DotNode => dot,
            NilNode => throw Error("nil is not a command"),
            NumberNode number => IdealConstant(number),
            StringNode text => text.Text,
            _ => throw Error($"can't evaluate command {GoQuote.Quote(first.ToString()!)}"),
        };
    }

    private void NotAFunction(List<TemplateNode> arguments, object? final)
    {
        if (arguments.Count > 1 || final != s_missing)
        {
            throw Error("can't give argument to non-function " + arguments[0]);
        }
    }

    private object? EvalVariable(object? dot, VariableNode variable, List<TemplateNode>? arguments, object? final)
    {
        _at = variable;
        var value = GetVariable(variable.Identifiers[0]);
        if (variable.Identifiers.Length == 1)
        {
            if (arguments is not null)
            {
                NotAFunction(arguments, final);
            }

            return value;
        }

        return EvalFieldChain(dot, value, variable, variable.Identifiers.AsSpan(1).ToArray(), arguments, final);
    }

    private object? EvalChain(object? dot, ChainNode chain, List<TemplateNode>? arguments, object? final)
    {
        _at = chain;
        if (chain.Node is NilNode)
        {
            throw Error("indirection through explicit nil in " + chain);
        }

        var receiver = EvalArgument(dot, ParamKind.Any, chain.Node, allowNilData: true);
        return EvalFieldChain(dot, receiver, chain, chain.Fields, arguments, final);
    }

    private object? EvalFieldChain(object? dot, object? receiver, TemplateNode node, string[] fields, List<TemplateNode>? arguments, object? final)
    {
        for (var i = 0; i < fields.Length - 1; i++)
        {
            receiver = EvalField(receiver, fields[i], node, hasArguments: false);
        }

        var hasArguments = (arguments is not null && arguments.Count > 1) || final != s_missing;
        return EvalField(receiver, fields[^1], node, hasArguments);
    }

    private object? EvalFunction(object? dot, IdentifierNode identifier, CommandNode command, List<TemplateNode> arguments, object? final)
    {
        _at = identifier;
        var function = TemplateFunctions.Find(identifier.Name)
            ?? throw Error(TemplateFunctions.CheckName(identifier.Name) ?? $"function {GoQuote.Quote(identifier.Name)} not defined");
        return EvalCall(dot, function, command, arguments, final);
    }

    private TemplateException Error(string message)
    {
        if (_at is null)
        {
            return new TemplateException("template: : " + message);
        }

        var (line, column) = TemplateException.Locate(_source, _at.Position);
        return new TemplateException($"template: :{line}:{column}: executing \"\" at <{_at}>: {message}");
    }

    private string Guard(Func<string> format)
    {
        try
        {
            return format();
        }
        catch (TemplateFunctionException e)
        {
            throw Error(e.Message);
        }
    }

    private object? GetVariable(string name)
    {
        for (var i = _variables.Count - 1; i >= 0; i--)
        {
            if (_variables[i].Name == name)
            {
                return _variables[i].Value;
            }
        }

        throw Error("undefined variable: " + name);
    }

    private void SetVariable(string name, object? value)
    {
        for (var i = _variables.Count - 1; i >= 0; i--)
        {
            if (_variables[i].Name == name)
            {
                _variables[i] = (name, value);
                return;
            }
        }

        throw Error("undefined variable: " + name);
    }

    private void SetTop(int fromTop, object? value)
    {
        var index = _variables.Count - fromTop;
        _variables[index] = (_variables[index].Name, value);
    }
}
