using Conduit.Connector.Sdk;
using Conduit.Connector.Sdk.TestConnector;

// Switches for the end-to-end tests (all optional):
//   TESTCONNECTOR_SIDES=source|destination   serve only that side (default: both)
//   TESTCONNECTOR_STDOUT_PROBE=1             write to Console.Out once the source is created
var sides = Environment.GetEnvironmentVariable("TESTCONNECTOR_SIDES");
var connector = new Connector
{
    Specification = new TestSpecification(),
    Source = sides is null or "source" ? () => new TestSource() : null,
    Destination = sides is null or "destination" ? () => new TestDestination() : null,
};

return await ConnectorHost.RunAsync(args, connector);
