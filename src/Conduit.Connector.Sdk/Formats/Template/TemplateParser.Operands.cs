using System.Globalization;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>Pipelines, declarations, commands and their operands, including number literals.</summary>
internal sealed partial class TemplateParser
{
    private PipeNode Pipeline(string context, TokenKind end)
    {
        var pipe = new PipeNode(PeekNonSpace().Position);
        Declarations(pipe, context);
        while (true)
        {
            var token = NextNonSpace();
            if (token.Kind == end)
            {
                if (pipe.Commands.Count == 0)
                {
                    throw Error(token.Position, "missing value for " + context);
                }

                for (var i = 1; i < pipe.Commands.Count; i++)
                {
                    if (pipe.Commands[i].Arguments[0] is BoolNode or DotNode or NilNode or NumberNode or StringNode)
                    {
                        throw Error(pipe.Commands[i].Position, $"non executable command in pipeline stage {i + 1}");
                    }
                }

                return pipe;
            }

            switch (token.Kind)
            {
                case TokenKind.Bool or TokenKind.CharConstant or TokenKind.Dot or TokenKind.Field or TokenKind.Identifier
                    or TokenKind.Number or TokenKind.Nil or TokenKind.RawString or TokenKind.String or TokenKind.Variable
                    or TokenKind.LeftParen:
                    Backup();
                    pipe.Commands.Add(Command());
                    break;
                default:
                    throw Unexpected(token, context);
            }
        }
    }

    private void Declarations(PipeNode pipe, string context)
    {
        while (true)
        {
            var variable = PeekNonSpace();
            if (variable.Kind != TokenKind.Variable)
            {
                return;
            }

            var before = _next;
            NextNonSpace();
            var afterVariable = Peek();
            var next = PeekNonSpace();
            if (next.Kind is TokenKind.Assign or TokenKind.Declare)
            {
                pipe.IsAssign = next.Kind == TokenKind.Assign;
                NextNonSpace();
                pipe.Declarations.Add(new VariableNode(variable.Position, [variable.Value]));
                _variables.Add(variable.Value);
                return;
            }

            if (next.Kind == TokenKind.Char && next.Value == ",")
            {
                NextNonSpace();
                pipe.Declarations.Add(new VariableNode(variable.Position, [variable.Value]));
                _variables.Add(variable.Value);
                if (context == "range" && pipe.Declarations.Count < 2)
                {
                    if (PeekNonSpace().Kind is TokenKind.Variable or TokenKind.RightDelim or TokenKind.RightParen)
                    {
                        continue;
                    }

                    throw Error(next.Position, "range can only initialize variables");
                }

                throw Error(next.Position, "too many declarations in " + context);
            }

            _ = afterVariable;
            _next = before;
            return;
        }
    }

    private CommandNode Command()
    {
        var command = new CommandNode(PeekNonSpace().Position);
        while (true)
        {
            PeekNonSpace();
            while (Peek().Kind == TokenKind.Space)
            {
                Next();
            }

            var operand = Operand();
            if (operand is not null)
            {
                command.Arguments.Add(operand);
            }

            var token = Next();
            if (token.Kind == TokenKind.Space)
            {
                continue;
            }

            if (token.Kind is TokenKind.RightDelim or TokenKind.RightParen)
            {
                Backup();
            }
            else if (token.Kind != TokenKind.Pipe)
            {
                throw Unexpected(token, "operand");
            }

            break;
        }

        if (command.Arguments.Count == 0)
        {
            throw Error(command.Position, "empty command");
        }

        return command;
    }

    private TemplateNode? Operand()
    {
        var node = Term();
        if (node is null || Peek().Kind != TokenKind.Field)
        {
            return node;
        }

        var position = Peek().Position;
        var fields = new List<string>();
        while (Peek().Kind == TokenKind.Field)
        {
            fields.Add(Next().Value[1..]);
        }

        return node switch
        {
            FieldNode field => new FieldNode(field.Position, [.. field.Identifiers, .. fields]),
            VariableNode variable => new VariableNode(variable.Position, [.. variable.Identifiers, .. fields]),
            BoolNode or StringNode or NumberNode or NilNode or DotNode =>
                throw Error(position, $"unexpected . after term {GoQuote.Quote(node.ToString()!)}"),
            _ => new ChainNode(position, node, [.. fields]),
        };
    }

    private TemplateNode? Term()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                var problem = TemplateFunctions.CheckName(token.Value);
                if (problem is not null)
                {
                    throw Error(token.Position, problem);
                }

                return new IdentifierNode(token.Position, token.Value);
            case TokenKind.Dot:
                return new DotNode(token.Position);
            case TokenKind.Nil:
                return new NilNode(token.Position);
            case TokenKind.Variable:
                var identifiers = token.Value.Split('.');
                if (!_variables.Contains(identifiers[0], StringComparer.Ordinal))
                {
                    throw Error(token.Position, $"undefined variable {GoQuote.Quote(identifiers[0])}");
                }

                return new VariableNode(token.Position, identifiers);
            case TokenKind.Field:
                return new FieldNode(token.Position, [token.Value[1..]]);
            case TokenKind.Bool:
                return new BoolNode(token.Position, token.Value == "true");
            case TokenKind.Number or TokenKind.CharConstant:
                return ParseNumber(token);
            case TokenKind.LeftParen:
                return Pipeline("parenthesized pipeline", TokenKind.RightParen);
            case TokenKind.String or TokenKind.RawString:
                try
                {
                    return new StringNode(token.Position, token.Value, GoQuote.Unquote(token.Value));
                }
                catch (FormatException e)
                {
                    throw Error(token.Position, e.Message);
                }
        }

        Backup();
        return null;
    }

    private NumberNode ParseNumber(TemplateToken token)
    {
        var node = new NumberNode(token.Position, token.Value);
        if (token.Kind == TokenKind.CharConstant)
        {
            int rune;
            try
            {
                rune = GoQuote.UnquoteChar(token.Value);
            }
            catch (FormatException e)
            {
                throw Error(token.Position, "malformed character constant: " + token.Value + " (" + e.Message + ")");
            }

            node.IsInt = node.IsUint = node.IsFloat = true;
            node.Int = rune;
            node.Uint = (ulong)rune;
            node.Float = rune;
            return node;
        }

        var text = token.Value;
        if (TryParseInteger(text, out var magnitude, out var negative))
        {
            if (!negative)
            {
                node.IsUint = true;
                node.Uint = magnitude;
            }

            if (negative ? magnitude <= 1UL << 63 : magnitude <= long.MaxValue)
            {
                node.IsInt = true;
                node.Int = negative ? (long)(0 - magnitude) : (long)magnitude;
            }

            if (!node.IsInt && !node.IsUint)
            {
                throw Error(token.Position, "integer overflow: " + GoQuote.Quote(text));
            }

            node.IsFloat = true;
            node.Float = node.IsInt ? node.Int : node.Uint;
            return node;
        }

        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (!plain.Contains("0x", StringComparison.OrdinalIgnoreCase)
            && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number))
        {
            if (plain.IndexOfAny(['.', 'e', 'E']) < 0)
            {
                throw Error(token.Position, "integer overflow: " + GoQuote.Quote(text));
            }

            node.IsFloat = true;
            node.IsFloatText = true;
            node.Float = number;
            if (Math.Abs(number) < 9.2e18 && Math.Floor(number) == number)
            {
                node.IsInt = true;
                node.Int = (long)number;
            }

            return node;
        }

        throw Error(token.Position, "illegal number syntax: " + GoQuote.Quote(text));
    }

    // Parses Go integer syntax: optional sign, 0x/0o/0b/0 prefixes and underscores between digits.
    private static bool TryParseInteger(string text, out ulong magnitude, out bool negative)
    {
        magnitude = 0;
        var span = text.AsSpan();
        negative = span.Length > 0 && span[0] == '-';
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            span = span[1..];
        }

        var radix = 10;
        var prefixed = false;
        if (span.Length > 1 && span[0] == '0')
        {
            switch (span[1])
            {
                case 'x' or 'X': radix = 16; span = span[2..]; prefixed = true; break;
                case 'o' or 'O': radix = 8; span = span[2..]; prefixed = true; break;
                case 'b' or 'B': radix = 2; span = span[2..]; prefixed = true; break;
                default: radix = 8; span = span[1..]; break;
            }
        }

        if (span.IsEmpty)
        {
            return !prefixed && text.TrimStart('+', '-') == "0";
        }

        var previousUnderscore = !prefixed && radix != 8;
        foreach (var c in span)
        {
            if (c == '_')
            {
                if (previousUnderscore)
                {
                    return false;
                }

                previousUnderscore = true;
                continue;
            }

            previousUnderscore = false;
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                return false;
            }

            if (magnitude > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                return false;
            }

            magnitude = (magnitude * (ulong)radix) + (ulong)digit;
        }

        return !previousUnderscore;
    }
}
