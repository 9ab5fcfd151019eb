using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Conduit.Connector.Sdk.Generators.Model;

/// <summary>A diagnostic without symbols or syntax, so that it can travel through the incremental pipeline.</summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
    {
        var span = location?.SourceTree is null ? default : location.SourceSpan;
        var lineSpan = location?.GetLineSpan() ?? default;
        return new DiagnosticInfo(descriptor.Id, lineSpan.Path ?? string.Empty, span, lineSpan.Span, new EquatableArray<string>(arguments));
    }

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.Find(Id)!;
        var location = FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(descriptor, location, [.. Arguments]);
    }
}
