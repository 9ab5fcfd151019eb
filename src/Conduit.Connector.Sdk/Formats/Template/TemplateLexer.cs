namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>
/// Splits a template into tokens following the rules of Go's <c>text/template/parse</c> lexer:
/// <c>{{</c> and <c>}}</c> delimiters, trim markers <c>{{- </c> and <c> -}}</c> (the space is
/// required), comments <c>{{/* */}}</c>, and inside actions words, fields, variables, strings,
/// characters and numbers. An error becomes a final <see cref="TokenKind.Error"/> token.
/// </summary>
internal sealed class TemplateLexer
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

    private bool LexInsideAction()
    {
        _start = _pos;
        var c = _input[_pos++];
        switch (c)
        {
            case var _ when IsSpace(c):
                _pos--;
                return LexSpace();
            case '=':
                return Emit(TokenKind.Assign);
            case ':':
                if (Peek() != '=')
                {
                    return Error("expected :=");
                }

                _pos++;
                return Emit(TokenKind.Declare);
            case '|':
                return Emit(TokenKind.Pipe);
            case '"':
                return LexQuote();
            case '`':
                return LexRawQuote();
            case '$':
                return LexFieldOrVariable(TokenKind.Variable);
            case '\'':
                return LexChar();
            case '.' when Peek() is < '0' or > '9':
                return LexFieldOrVariable(TokenKind.Field);
            case '.' or '+' or '-' or (>= '0' and <= '9'):
                _pos--;
                return LexNumber();
            case '(':
                _parenDepth++;
                return Emit(TokenKind.LeftParen);
            case ')':
                _parenDepth--;
                return _parenDepth < 0 ? Error("unexpected right paren") : Emit(TokenKind.RightParen);
            case var _ when IsAlphaNumeric(c):
                _pos--;
                return LexIdentifier();
            case > ' ' and < '\x7f':
                return Emit(TokenKind.Char);
            default:
                return Error($"unrecognized character in action: {GoQuote.DescribeRune(c)}");
        }
    }

    private bool LexSpace()
    {
        var count = 0;
        while (_pos < _input.Length && IsSpace(_input[_pos]))
        {
            _pos++;
            count++;
        }

        // A space followed by "-}}" belongs to the closing delimiter.
        if (HasRightTrimMarker(_pos - 1) && string.CompareOrdinal(_input, _pos + 1, RightDelim, 0, 2) == 0)
        {
            _pos--;
            if (count == 1)
            {
                return true;
            }
        }

        return Emit(TokenKind.Space);
    }

    private bool LexIdentifier()
    {
        while (_pos < _input.Length && IsAlphaNumeric(_input[_pos]))
        {
            _pos++;
        }

        if (!AtTerminator())
        {
            return Error($"bad character {GoQuote.DescribeRune(Peek())}");
        }

        var word = _input[_start.._pos];
        return Emit(s_keywords.TryGetValue(word, out var keyword) ? keyword : TokenKind.Identifier);
    }

    private bool LexFieldOrVariable(TokenKind kind)
    {
        if (AtTerminator())
        {
            return Emit(kind == TokenKind.Variable ? TokenKind.Variable : TokenKind.Dot);
        }

        while (_pos < _input.Length && IsAlphaNumeric(_input[_pos]))
        {
            _pos++;
        }

        if (!AtTerminator())
        {
            return Error($"bad character {GoQuote.DescribeRune(Peek())}");
        }

        return Emit(kind);
    }

    private bool AtTerminator()
    {
        if (AtEof)
        {
            return true;
        }

        var c = _input[_pos];
        return IsSpace(c) || c is '.' or ',' or '|' or ':' or ')' or '('
            || string.CompareOrdinal(_input, _pos, RightDelim, 0, 2) == 0;
    }

    private bool LexQuote()
    {
        while (true)
        {
            if (AtEof || _input[_pos] == '\n')
            {
                return Error("unterminated quoted string");
            }

            var c = _input[_pos++];
            if (c == '\\')
            {
                if (AtEof || _input[_pos] == '\n')
                {
                    return Error("unterminated quoted string");
                }

                _pos++;
            }
            else if (c == '"')
            {
                return Emit(TokenKind.String);
            }
        }
    }

    private bool LexRawQuote()
    {
        var close = _input.IndexOf('`', _pos);
        if (close < 0)
        {
            return Error("unterminated raw quoted string");
        }

        _pos = close + 1;
        return Emit(TokenKind.RawString);
    }

    private bool LexChar()
    {
        while (true)
        {
            if (AtEof || _input[_pos] == '\n')
            {
                return Error("unterminated character constant");
            }

            var c = _input[_pos++];
            if (c == '\\')
            {
                if (AtEof || _input[_pos] == '\n')
                {
                    return Error("unterminated character constant");
                }

                _pos++;
            }
            else if (c == '\'')
            {
                return Emit(TokenKind.CharConstant);
            }
        }
    }

    private bool LexNumber()
    {
        Accept("+-");
        var digits = "0123456789_";
        if (Accept("0"))
        {
            if (Accept("xX"))
            {
                digits = "0123456789abcdefABCDEF_";
            }
            else if (Accept("oO"))
            {
                digits = "01234567_";
            }
            else if (Accept("bB"))
            {
                digits = "01_";
            }
        }

        AcceptRun(digits);
        if (Accept("."))
        {
            AcceptRun(digits);
        }

        if (digits.Length == 11 && Accept("eE"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        if (digits.Length == 23 && Accept("pP"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        if (Accept("i") || (!AtEof && IsAlphaNumeric(_input[_pos])))
        {
            if (!AtEof && IsAlphaNumeric(_input[_pos]))
            {
                _pos++;
            }

            return Error($"bad number syntax: {GoQuote.Quote(_input[_start.._pos])}");
        }

        return Emit(TokenKind.Number);
    }

    private bool Accept(string valid)
    {
        if (!AtEof && valid.Contains(_input[_pos], StringComparison.Ordinal))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void AcceptRun(string valid)
    {
        while (Accept(valid))
        {
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
