namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>The kinds of tokens of Go's <c>text/template</c> lexer.</summary>
internal enum TokenKind
{
    Error,
    Eof,
    Text,
    LeftDelim,
    RightDelim,
    Space,
    Identifier,
    Field,
    Variable,
    Dot,
    String,
    RawString,
    CharConstant,
    Number,
    Bool,
    Nil,
    Pipe,
    LeftParen,
    RightParen,
    Declare,
    Assign,
    Char,

    // Keywords.
    If,
    Else,
    End,
    Range,
    With,
    Break,
    Continue,
    Define,
    Template,
    Block,
}

/// <summary>One token: its kind, its text and where it starts in the template (a UTF-16 index).</summary>
internal readonly record struct TemplateToken(TokenKind Kind, string Value, int Position)
{
    /// <summary>Describes the token the way Go's error messages do.</summary>
    public override string ToString() => Kind switch
    {
        TokenKind.Eof => "EOF",
        TokenKind.Error => Value,
        TokenKind.Dot or TokenKind.Nil or >= TokenKind.If => "<" + Value + ">",
        _ when Value.Length > 10 => GoQuote.Quote(Value[..10]) + "...",
        _ => GoQuote.Quote(Value),
    };
}
