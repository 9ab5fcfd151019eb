using System.Text;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>
/// A node of a parsed template, shaped like Go's <c>text/template/parse</c> nodes. <see cref="Position"/>
/// is a UTF-16 index into the template; <c>ToString</c> gives Go's canonical text, used in error messages.
/// </summary>
internal abstract class TemplateNode(int position)
{
    public int Position { get; } = position;
}

internal sealed class ListNode(int position) : TemplateNode(position)
{
    public List<TemplateNode> Nodes { get; } = [];

    public override string ToString() => string.Concat(Nodes);
}

internal sealed class TextNode(int position, string text) : TemplateNode(position)
{
    public string Text { get; } = text;

    public override string ToString() => GoQuote.Quote(Text);
}

internal sealed class ActionNode(int position, PipeNode pipe) : TemplateNode(position)
{
    public PipeNode Pipe { get; } = pipe;

    public override string ToString() => "{{" + Pipe + "}}";
}

/// <summary>An <c>if</c>, <c>with</c> or <c>range</c> block.</summary>
internal sealed class ControlNode(int position, TokenKind kind, PipeNode pipe, ListNode list, ListNode? elseList) : TemplateNode(position)
{
    public TokenKind Kind { get; } = kind;

    public PipeNode Pipe { get; } = pipe;

    public ListNode List { get; } = list;

    public ListNode? ElseList { get; } = elseList;

    public override string ToString()
    {
        var name = Kind switch
        {
            TokenKind.If => "if",
            TokenKind.With => "with",
            _ => "range",
        };
        var text = "{{" + name + " " + Pipe + "}}" + List;
        return ElseList is null ? text + "{{end}}" : text + "{{else}}" + ElseList + "{{end}}";
    }
}

internal sealed class BreakNode(int position) : TemplateNode(position)
{
    public override string ToString() => "{{break}}";
}

internal sealed class ContinueNode(int position) : TemplateNode(position)
{
    public override string ToString() => "{{continue}}";
}

/// <summary>Returned by the parser for <c>{{end}}</c> and <c>{{else}}</c>; never part of a tree.</summary>
internal sealed class DelimiterNode(int position, TokenKind kind) : TemplateNode(position)
{
    public TokenKind Kind { get; } = kind;

    public override string ToString() => Kind == TokenKind.End ? "{{end}}" : "{{else}}";
}

internal sealed class PipeNode(int position) : TemplateNode(position)
{
    public bool IsAssign { get; set; }

    public List<VariableNode> Declarations { get; } = [];

    public List<CommandNode> Commands { get; } = [];

    public override string ToString()
    {
        var text = new StringBuilder();
        if (Declarations.Count > 0)
        {
            text.AppendJoin(", ", Declarations).Append(IsAssign ? " = " : " := ");
        }

        return text.AppendJoin(" | ", Commands).ToString();
    }
}

internal sealed class CommandNode(int position) : TemplateNode(position)
{
    public List<TemplateNode> Arguments { get; } = [];

    public override string ToString() =>
        string.Join(' ', Arguments.Select(a => a is PipeNode ? "(" + a + ")" : a.ToString()));
}

internal sealed class IdentifierNode(int position, string name) : TemplateNode(position)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary><c>$x</c> or <c>$x.Field.Field</c>; the first identifier includes the <c>$</c>.</summary>
internal sealed class VariableNode(int position, string[] identifiers) : TemplateNode(position)
{
    public string[] Identifiers { get; } = identifiers;

    public override string ToString() => string.Join('.', Identifiers);
}

internal sealed class DotNode(int position) : TemplateNode(position)
{
    public override string ToString() => ".";
}

internal sealed class NilNode(int position) : TemplateNode(position)
{
    public override string ToString() => "nil";
}

/// <summary><c>.Field.Field</c>.</summary>
internal sealed class FieldNode(int position, string[] identifiers) : TemplateNode(position)
{
    public string[] Identifiers { get; } = identifiers;

    public override string ToString() => "." + string.Join('.', Identifiers);
}

/// <summary>A term followed by fields, such as <c>(index . 0).Name</c>.</summary>
internal sealed class ChainNode(int position, TemplateNode node, string[] fields) : TemplateNode(position)
{
    public TemplateNode Node { get; } = node;

    public string[] Fields { get; } = fields;

    public override string ToString() =>
        (Node is PipeNode ? "(" + Node + ")" : Node.ToString()) + "." + string.Join('.', Fields);
}

internal sealed class BoolNode(int position, bool value) : TemplateNode(position)
{
    public bool Value { get; } = value;

    public override string ToString() => Value ? "true" : "false";
}

internal sealed class StringNode(int position, string quoted, string text) : TemplateNode(position)
{
    public string Quoted { get; } = quoted;

    public string Text { get; } = text;

    public override string ToString() => Quoted;
}

/// <summary>A number or character constant, with the interpretations Go's parser derives from its text.</summary>
internal sealed class NumberNode(int position, string text) : TemplateNode(position)
{
    public string Text { get; } = text;

    public bool IsInt { get; set; }

    public bool IsUint { get; set; }

    public bool IsFloat { get; set; }

    public long Int { get; set; }

    public ulong Uint { get; set; }

    public double Float { get; set; }

    /// <summary>Whether the text reads as a float (not an integer or a character) when passed as <c>any</c>.</summary>
    public bool IsFloatText { get; set; }

    public override string ToString() => Text;
}
