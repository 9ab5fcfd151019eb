using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Conduit.Connector.Sdk.Generators;

/// <summary>
/// Implements <c>IConnectorConfiguration&lt;T&gt;</c> for every partial class marked
/// <c>[ConnectorConfiguration]</c>: the published parameters and a reflection-free reader.
/// Problems are reported by <see cref="ConfigurationAnalyzer"/>; the generator leaves bad
/// properties out and generates the rest.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ConfigurationGenerator : IIncrementalGenerator
{
    /// <summary>The tracking name of the parse step, for incrementality tests.</summary>
    internal const string ParseStep = "ConfigurationTypes";

    /// <summary>The metadata name of the marker attribute.</summary>
    internal const string AttributeName = "Conduit.Connector.Sdk.ConnectorConfigurationAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeName,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (context, cancellationToken) => Parser.Parse((INamedTypeSymbol)context.TargetSymbol, context.SemanticModel.Compilation, cancellationToken).Model)
            .WithTrackingName(ParseStep);

        context.RegisterSourceOutput(models, static (context, model) =>
        {
            if (model is not null)
            {
                context.AddSource(model.HintName, Emitter.Emit(model));
            }
        });
    }
}
