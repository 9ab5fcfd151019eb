using Conduit.Connector.Sdk.Protocol.Wire.Config;
using Google.Protobuf.Collections;
using V2 = Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.Testing.Clients;

/// <summary>Turns a wire specification into the public types; enum values are shared with the wire numbering.</summary>
internal static class SpecificationMapper
{
    public static ReceivedSpecification FromWire(V2.Specification specification) => new(
        specification.Name,
        specification.Summary,
        specification.Description,
        specification.Version,
        specification.Author,
        FromWire(specification.SourceParams),
        FromWire(specification.DestinationParams));

    private static Dictionary<string, ParameterSpecification> FromWire(MapField<string, Parameter> parameters) =>
        parameters.ToDictionary(
            p => p.Key,
            p => new ParameterSpecification(p.Key, (ParameterType)(int)p.Value.Type)
            {
                Description = p.Value.Description,
                Default = p.Value.Default,
                Validations = [.. p.Value.Validations.Select(v => new ParameterValidation((ValidationType)(int)v.Type, v.Value))],
            },
            StringComparer.Ordinal);
}
