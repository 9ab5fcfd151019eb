using Conduit.Connector.Samples.Generator;
using Conduit.Connector.Sdk;

return await ConnectorHost.RunAsync(args, new Connector
{
    Specification = new GeneratorSpecification(),
    Source = static () => new GeneratorSource(),
});
