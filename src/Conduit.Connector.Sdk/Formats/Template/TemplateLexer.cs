namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>
/// Splits a template into tokens following the rules of Go's <c>text/template/parse</c> lexer:
/// <c>{{</c> and <c>}}</c> delimiters, trim markers <c>{{- </c> and <c> -}}</c> (the space is
/// required), comments <c>{{/* */}}</c>, and inside actions words, fields, variables, strings,
/// characters and numbers. An error becomes a final <see cref="TokenKind.Error"/> token.
/// </summary>
internal sealed partial class TemplateLexer
{
    private const string LeftDelim = "{{";
    private const string RightDelim = "}}";

    private static readonly Dictionary<string, TokenKind> s_keywords = new(StringComparer.Ordinal)
    {
        ["if"] = TokenKind.If,
        ["else"] = TokenKind.Else,
        ["end"] = TokenKind.End,
        ["range"] = TokenKind.Range,
        ["with"] = TokenKind.With,
        ["break"] = TokenKind.Break,
        ["continue"] = TokenKind.Continue,
        ["define"] = TokenKind.Define,
        ["template"] = TokenKind.Template,
        ["block"] = TokenKind.Block,
        ["nil"] = TokenKind.Nil,
        ["true"] = TokenKind.Bool,
        ["false"] = TokenKind.Bool,
    };

    private readonly string _input;
    private readonly List<TemplateToken> _tokens = [];
    private int _start;
    private int _pos;
    private int _parenDepth;

    private TemplateLexer(string input) => _input = input;

    /// <summary>Lexes a whole template.</summary>
    public static List<TemplateToken> Lex(string input)
    {
        var lexer = new TemplateLexer(input);
        lexer.Run();
        return lexer._tokens;
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private static bool IsAlphaNumeric(char c) => c == '_' || char.IsLetterOrDigit(c);

    private char Peek() => _pos < _input.Length ? _input[_pos] : '\0';

    private bool AtEof => _pos >= _input.Length;

    private void Run()
    {
        while (true)
        {
            if (!LexText())
            {
                return;
            }

            if (!LexAction())
            {
                return;
            }
        }
    }

    // Returns false at the end of the input.
    private bool LexText()
    {
        var x = _input.IndexOf(LeftDelim, _pos, StringComparison.Ordinal);
        if (x < 0)
        {
            if (_input.Length > _start)
            {
                _tokens.Add(new TemplateToken(TokenKind.Text, _input[_start..], _start));
            }

            _tokens.Add(new TemplateToken(TokenKind.Eof, string.Empty, _input.Length));
            return false;
        }

        var end = x;
        if (HasLeftTrimMarker(x + LeftDelim.Length))
        {
            while (end > _start && IsSpace(_input[end - 1]))
            {
                end--;
            }
        }

        if (end > _start)
        {
            _tokens.Add(new TemplateToken(TokenKind.Text, _input[_start..end], _start));
        }

        _pos = x;
        _start = x;
        return true;
    }

    private bool HasLeftTrimMarker(int at) => at + 1 < _input.Length && _input[at] == '-' && IsSpace(_input[at + 1]);

    private bool HasRightTrimMarker(int at) => at + 1 < _input.Length && IsSpace(_input[at]) && _input[at + 1] == '-';

    /// <summary>Whether a right delimiter (with or without trim marker) starts at the position.</summary>
    private (bool Delim, bool Trim) AtRightDelim(int at)
    {
        if (HasRightTrimMarker(at) && string.CompareOrdinal(_input, at + 2, RightDelim, 0, 2) == 0)
        {
            return (true, true);
        }

        return (string.CompareOrdinal(_input, at, RightDelim, 0, 2) == 0, false);
    }

    // Lexes from a left delimiter through the matching right delimiter. Returns false after an error.
    private bool LexAction()
    {
        var delimStart = _pos;
        _pos += LeftDelim.Length;
        var trim = HasLeftTrimMarker(_pos);
        var afterMarker = trim ? 2 : 0;
        if (string.CompareOrdinal(_input, _pos + afterMarker, "/*", 0, 2) == 0)
        {
            return LexComment(delimStart, _pos + afterMarker);
        }

        _tokens.Add(new TemplateToken(TokenKind.LeftDelim, LeftDelim, delimStart));
        _pos += afterMarker;
        _start = _pos;
        _parenDepth = 0;
        while (true)
        {
            var (delim, trimRight) = AtRightDelim(_pos);
            if (delim)
            {
                if (_parenDepth != 0)
                {
                    return Error("unclosed left paren");
                }

                LexRightDelim(trimRight);
                return true;
            }

            if (AtEof)
            {
                return Error("unclosed action");
            }

            if (!LexInsideAction())
            {
                return false;
            }
        }
    }

    private bool LexComment(int delimStart, int commentStart)
    {
        var close = _input.IndexOf("*/", commentStart + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            _pos = delimStart;
            return Error("unclosed comment");
        }

        _pos = close + 2;
        var (delim, trim) = AtRightDelim(_pos);
        if (!delim)
        {
            _start = _pos;
            return Error("comment ends before closing delimiter");
        }

        _pos += (trim ? 2 : 0) + RightDelim.Length;
        if (trim)
        {
            SkipLeadingSpace();
        }

        _start = _pos;
        return true;
    }

    private void LexRightDelim(bool trim)
    {
        if (trim)
        {
            _pos += 2;
        }

        _tokens.Add(new TemplateToken(TokenKind.RightDelim, RightDelim, _pos));
        _pos += RightDelim.Length;
        if (trim)
        {
            SkipLeadingSpace();
        }

        _start = _pos;
    }

    private void SkipLeadingSpace()
    {
        while (_pos < _input.Length && IsSpace(_input[_pos]))
        {
            _pos++;
        }
    }

    private bool Emit(TokenKind kind)
    {
        _tokens.Add(new TemplateToken(kind, _input[_start.._pos], _start));
        _start = _pos;
        return true;
    }

    private bool Error(string message)
    {
        _tokens.Add(new TemplateToken(TokenKind.Error, message, _start));
        return false;
    }
}
