using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Conduit.Connector.Sdk.Generators;

/// <summary>Reads the <c>&lt;summary&gt;</c> of a property as plain text, for the parameter description.</summary>
internal static class DocComments
{
    private static readonly Regex s_whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    /// <summary>
    /// Gets the summary text: tags reduced to their text (<c>&lt;see cref="X"/&gt;</c> → <c>X</c>,
    /// <c>&lt;c&gt;v&lt;/c&gt;</c> → <c>v</c>), white space collapsed, paragraphs on their own lines.
    /// Read from the syntax, so it works whether or not the project generates a documentation file.
    /// </summary>
    public static string Summary(IPropertySymbol property, CancellationToken cancellationToken)
    {
        var xml = FromSyntax(property, cancellationToken);
        if (xml.Length == 0)
        {
            xml = property.GetDocumentationCommentXml(cancellationToken: cancellationToken) ?? string.Empty;
        }

        if (xml.Trim().Length == 0)
        {
            return string.Empty;
        }

        XElement root;
        try
        {
            root = XElement.Parse("<root>" + xml + "</root>", LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return string.Empty;
        }

        var summary = root.Descendants("summary").FirstOrDefault();
        if (summary is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Render(summary, builder);
        var paragraphs = builder.ToString()
            .Split('\u0001')
            .Select(p => s_whitespace.Replace(p, " ").Trim())
            .Where(p => p.Length > 0);
        return string.Join("\n", paragraphs);
    }

    private static string FromSyntax(IPropertySymbol property, CancellationToken cancellationToken)
    {
        var reference = property.DeclaringSyntaxReferences.FirstOrDefault();
        if (reference is null)
        {
            return string.Empty;
        }

        var node = reference.GetSyntax(cancellationToken);
        var builder = new StringBuilder();
        foreach (var trivia in node.GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
                || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
                || (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.ToString().StartsWith("///", StringComparison.Ordinal)))
            {
                builder.Append(trivia.ToFullString()).Append('\n');
            }
        }

        var lines = builder.ToString().Split('\n').Select(line =>
        {
            var text = line.Trim();
            if (text.StartsWith("///", StringComparison.Ordinal))
            {
                return text.Substring(3);
            }

            if (text.StartsWith("/**", StringComparison.Ordinal))
            {
                text = text.Substring(3);
            }

            if (text.EndsWith("*/", StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - 2);
            }

            return text.StartsWith("*", StringComparison.Ordinal) ? text.Substring(1) : text;
        });
        return string.Join("\n", lines);
    }

    private static void Render(XElement element, StringBuilder builder)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value);
                    break;
                case XElement child:
                    RenderElement(child, builder);
                    break;
            }
        }
    }

    private static void RenderElement(XElement element, StringBuilder builder)
    {
        switch (element.Name.LocalName)
        {
            case "see":
            case "seealso":
                if (element.Nodes().Any())
                {
                    Render(element, builder);
                }
                else if (element.Attribute("langword") is { } langword)
                {
                    builder.Append(langword.Value);
                }
                else if (element.Attribute("cref") is { } cref)
                {
                    builder.Append(ShortCref(cref.Value));
                }
                else if (element.Attribute("href") is { } href)
                {
                    builder.Append(href.Value);
                }

                break;
            case "paramref":
            case "typeparamref":
                builder.Append(element.Attribute("name")?.Value ?? string.Empty);
                break;
            case "para":
            case "br":
                builder.Append('\u0001');
                Render(element, builder);
                builder.Append('\u0001');
                break;
            default:
                Render(element, builder);
                break;
        }
    }

    private static string ShortCref(string cref)
    {
        var text = cref.Length > 2 && cref[1] == ':' ? cref.Substring(2) : cref;
        var parenthesis = text.IndexOf('(');
        if (parenthesis >= 0)
        {
            text = text.Substring(0, parenthesis);
        }

        var brace = text.IndexOfAny(['{', '`']);
        if (brace >= 0)
        {
            text = text.Substring(0, brace);
        }

        var dot = text.LastIndexOf('.');
        return dot >= 0 ? text.Substring(dot + 1) : text;
    }
}
