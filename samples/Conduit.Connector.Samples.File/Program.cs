using Conduit.Connector.Samples.File;
using Conduit.Connector.Sdk;

return await ConnectorHost.RunAsync(args, new Connector
{
    Specification = new FileSpecification(),
    Destination = static () => new FileDestination(),
});
