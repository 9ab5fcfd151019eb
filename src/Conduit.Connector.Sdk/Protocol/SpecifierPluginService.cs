using Conduit.Connector.Sdk.Hosting;
using Conduit.Connector.Sdk.Protocol.Wire.Config;
using Conduit.Connector.Sdk.Protocol.Wire.V2;
using Conduit.Connector.Sdk.Runtime;
using Grpc.Core;
using Google.Protobuf.Collections;
using Microsoft.Extensions.Logging;
using WireSpecification = Conduit.Connector.Sdk.Protocol.Wire.V2.Specification;

namespace Conduit.Connector.Sdk.Protocol;

/// <summary>
/// connector.v2.SpecifierPlugin: Conduit starts a fresh process and calls Specify, with no Configure before it, to
/// learn the connector's name, version and parameters. The source and destination are created on first use
/// (their parameters come from their configuration classes).
/// </summary>
internal sealed class SpecifierPluginService : SpecifierPlugin.SpecifierPluginBase
{
    private readonly ConnectorInstances _instances;
    private readonly ILogger<SpecifierPluginService> _logger;

    public SpecifierPluginService(ConnectorInstances instances, ILogger<SpecifierPluginService> logger)
    {
        _instances = instances;
        _logger = logger;
    }

    public override Task<Specifier.Types.Specify.Types.Response> Specify(Specifier.Types.Specify.Types.Request request, ServerCallContext context)
    {
        try
        {
            return Task.FromResult(new Specifier.Types.Specify.Types.Response { Specification = ToWire(_instances) });
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            // A throwing constructor or specification property must reach Conduit as an error, not a crash.
            HostingLog.SpecifyFailed(_logger, exception);
            throw new RpcException(new Status(StatusCode.Unknown, $"could not build the specification: {exception.Message}"));
        }
    }

    /// <summary>Maps the specification and both parameter lists onto the wire message.</summary>
    internal static WireSpecification ToWire(ConnectorInstances instances)
    {
        ArgumentNullException.ThrowIfNull(instances);
        var specification = instances.Specification;
        var wire = new WireSpecification
        {
            Name = specification.Name ?? string.Empty,
            Summary = specification.Summary ?? string.Empty,
            Description = specification.Description ?? string.Empty,
            Version = specification.Version ?? string.Empty,
            Author = specification.Author ?? string.Empty,
        };
        AddParameters(wire.SourceParams, instances.SourceParameters);
        AddParameters(wire.DestinationParams, instances.DestinationParameters);
        return wire;
    }

    /// <summary>Maps one parameter onto config.v1.Parameter.</summary>
    internal static Parameter ToWire(ParameterSpecification parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var wire = new Parameter
        {
            Default = parameter.Default ?? string.Empty,
            Description = parameter.Description ?? string.Empty,
            Type = parameter.Type switch
            {
                ParameterType.String => Parameter.Types.Type.String,
                ParameterType.Int => Parameter.Types.Type.Int,
                ParameterType.Float => Parameter.Types.Type.Float,
                ParameterType.Bool => Parameter.Types.Type.Bool,
                ParameterType.File => Parameter.Types.Type.File,
                ParameterType.Duration => Parameter.Types.Type.Duration,
                _ => Parameter.Types.Type.Unspecified,
            },
        };
        foreach (var validation in parameter.Validations)
        {
            wire.Validations.Add(new Validation
            {
                Type = validation.Type switch
                {
                    ValidationType.Required => Validation.Types.Type.Required,
                    ValidationType.GreaterThan => Validation.Types.Type.GreaterThan,
                    ValidationType.LessThan => Validation.Types.Type.LessThan,
                    ValidationType.Inclusion => Validation.Types.Type.Inclusion,
                    ValidationType.Exclusion => Validation.Types.Type.Exclusion,
                    ValidationType.Regex => Validation.Types.Type.Regex,
                    _ => Validation.Types.Type.Unspecified,
                },
                Value = validation.Value ?? string.Empty,
            });
        }

        return wire;
    }

    private static void AddParameters(MapField<string, Parameter> map, IReadOnlyList<ParameterSpecification> parameters)
    {
        foreach (var parameter in parameters)
        {
            map[parameter.Name] = ToWire(parameter);
        }
    }
}
