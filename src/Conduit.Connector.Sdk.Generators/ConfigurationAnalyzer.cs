using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Conduit.Connector.Sdk.Generators;

/// <summary>
/// Reports the problems of <c>[ConnectorConfiguration]</c> types (<c>CCSDK1001</c>…) at build time
/// and in the editor. It runs the same parser as <see cref="ConfigurationGenerator"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var attribute = start.Compilation.GetTypeByMetadataName(ConfigurationGenerator.AttributeName);
            if (attribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (!type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)))
                    {
                        return;
                    }

                    var result = Parser.Parse(type, symbolContext.Compilation, symbolContext.CancellationToken);
                    foreach (var diagnostic in result.Diagnostics)
                    {
                        symbolContext.ReportDiagnostic(diagnostic.ToDiagnostic());
                    }
                },
                SymbolKind.NamedType);
        });
    }
}
