using System.Text;

namespace Conduit.Connector.Sdk.Formats.Template;

/// <summary>
/// A template that does not parse, or fails while it runs. The message has Go's shape:
/// <c>template: :LINE:COLUMN: …</c>, where the column counts UTF-8 bytes from the start of the line.
/// </summary>
internal sealed class TemplateException(string message) : Exception(message)
{
    /// <summary>The 1-based line and the 0-based byte column of a position, as Go reports them.</summary>
    public static (int Line, int Column) Locate(string source, int position)
    {
        position = Math.Clamp(position, 0, source.Length);
        var before = source.AsSpan(0, position);
        var lineStart = before.LastIndexOf('\n') + 1;
        var line = 1 + before.Count('\n');
        return (line, Encoding.UTF8.GetByteCount(before[lineStart..]));
    }
}

/// <summary>A function failed; the evaluator adds where, as Go's <c>error calling X: …</c>.</summary>
internal sealed class TemplateFunctionException(string message) : Exception(message);
