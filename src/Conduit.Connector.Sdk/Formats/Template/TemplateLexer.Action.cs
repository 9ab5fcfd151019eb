namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>The tokens inside an action: spaces, words, fields, variables, strings, characters and numbers.</summary>
internal sealed partial class TemplateLexer
{
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
}
