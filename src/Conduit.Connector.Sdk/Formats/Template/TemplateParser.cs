namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>
/// Parses tokens into a tree with the grammar of Go's <c>text/template/parse</c>: text, actions,
/// <c>if</c>/<c>else if</c>/<c>else</c>, <c>range</c> (with <c>break</c>/<c>continue</c>), <c>with</c>/<c>else with</c>,
/// declarations and assignments, pipelines, parenthesized pipelines and field chains. Functions are
/// checked against the supported set while parsing; <c>define</c>, <c>template</c> and <c>block</c>
/// are rejected. Errors are <see cref="TemplateException"/>s naming the line and column.
/// </summary>
internal sealed partial class TemplateParser
{
    private readonly string _source;
    private readonly List<TemplateToken> _tokens;
    private readonly List<string> _variables = ["$"];
    private int _next;
    private int _rangeDepth;

    private TemplateParser(string source)
    {
        _source = source;
        _tokens = TemplateLexer.Lex(source);
    }

    /// <summary>Parses a template.</summary>
    /// <exception cref="TemplateException">The template is invalid or uses something the SDK does not support.</exception>
    public static ListNode Parse(string source)
    {
        var parser = new TemplateParser(source);
        var root = new ListNode(0);
        while (parser.Peek().Kind != TokenKind.Eof)
        {
            var node = parser.TextOrAction();
            if (node is DelimiterNode delimiter)
            {
                throw parser.Error(delimiter.Position, "unexpected " + delimiter);
            }

            root.Nodes.Add(node);
        }

        return root;
    }

    private TemplateToken Peek() => _tokens[_next];

    private TemplateToken Next()
    {
        var token = _tokens[_next];
        if (token.Kind == TokenKind.Error)
        {
            throw Error(token.Position, token.Value);
        }

        if (_next < _tokens.Count - 1)
        {
            _next++;
        }

        return token;
    }

    private TemplateToken NextNonSpace()
    {
        var token = Next();
        while (token.Kind == TokenKind.Space)
        {
            token = Next();
        }

        return token;
    }

    private TemplateToken PeekNonSpace()
    {
        var index = _next;
        while (_tokens[index].Kind == TokenKind.Space)
        {
            index++;
        }

        var token = _tokens[index];
        if (token.Kind == TokenKind.Error)
        {
            throw Error(token.Position, token.Value);
        }

        return token;
    }

    private void Backup(int count = 1) => _next -= count;

    private TemplateToken Expect(TokenKind kind, string context)
    {
        var token = NextNonSpace();
        return token.Kind == kind ? token : throw Unexpected(token, context);
    }

    private TemplateException Unexpected(TemplateToken token, string context) =>
        Error(token.Position, $"unexpected {token} in {context}");

    private TemplateException Error(int position, string message)
    {
        var (line, column) = TemplateException.Locate(_source, position);
        return new TemplateException($"template: :{line}:{column}: {message}");
    }

    private TemplateNode TextOrAction()
    {
        var token = NextNonSpace();
        return token.Kind switch
        {
            TokenKind.Text => new TextNode(token.Position, token.Value),
            TokenKind.LeftDelim => Action(),
            _ => throw Unexpected(token, "input"),
        };
    }

    private TemplateNode Action()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.If or TokenKind.With or TokenKind.Range:
                return Control(token);
            case TokenKind.Else:
                var peek = PeekNonSpace();
                if (peek.Kind is TokenKind.If or TokenKind.With)
                {
                    return new DelimiterNode(peek.Position, TokenKind.Else);
                }

                return new DelimiterNode(Expect(TokenKind.RightDelim, "else").Position, TokenKind.Else);
            case TokenKind.End:
                return new DelimiterNode(Expect(TokenKind.RightDelim, "end").Position, TokenKind.End);
            case TokenKind.Break or TokenKind.Continue:
                var name = token.Kind == TokenKind.Break ? "break" : "continue";
                var after = NextNonSpace();
                if (after.Kind != TokenKind.RightDelim)
                {
                    throw Unexpected(after, "{{" + name + "}}");
                }

                if (_rangeDepth == 0)
                {
                    throw Error(token.Position, "{{" + name + "}} outside {{range}}");
                }

                return token.Kind == TokenKind.Break ? new BreakNode(token.Position) : new ContinueNode(token.Position);
            case TokenKind.Define or TokenKind.Template or TokenKind.Block:
                throw Error(token.Position, "{{" + token.Value + "}} is not supported by the C# SDK's template record format: put everything in one template");
        }

        Backup();
        var start = PeekNonSpace();
        return new ActionNode(start.Position, Pipeline("command", TokenKind.RightDelim));
    }

    private ControlNode Control(TemplateToken keyword)
    {
        var context = keyword.Value;
        var mark = _variables.Count;
        try
        {
            var pipe = Pipeline(context, TokenKind.RightDelim);
            if (keyword.Kind == TokenKind.Range)
            {
                _rangeDepth++;
            }

            var (list, next) = ItemList();
            if (keyword.Kind == TokenKind.Range)
            {
                _rangeDepth--;
            }

            ListNode? elseList = null;
            if (next.Kind == TokenKind.Else)
            {
                var peek = PeekNonSpace();
                if ((keyword.Kind == TokenKind.If && peek.Kind == TokenKind.If)
                    || (keyword.Kind == TokenKind.With && peek.Kind == TokenKind.With))
                {
                    // "{{else if x}}" is "{{else}}{{if x}}…{{end}}{{end}}" with the last end shared.
                    var nested = NextNonSpace();
                    elseList = new ListNode(next.Position);
                    elseList.Nodes.Add(Control(nested));
                }
                else
                {
                    (elseList, var end) = ItemList();
                    if (end.Kind != TokenKind.End)
                    {
                        throw Error(end.Position, "expected end; found " + end);
                    }
                }
            }

            return new ControlNode(keyword.Position, keyword.Kind, pipe, list, elseList);
        }
        finally
        {
            _variables.RemoveRange(mark, _variables.Count - mark);
        }
    }

    private (ListNode List, DelimiterNode Next) ItemList()
    {
        var list = new ListNode(PeekNonSpace().Position);
        while (PeekNonSpace().Kind != TokenKind.Eof)
        {
            var node = TextOrAction();
            if (node is DelimiterNode delimiter)
            {
                return (list, delimiter);
            }

            list.Nodes.Add(node);
        }

        throw Error(_source.Length, "unexpected EOF");
    }
}
