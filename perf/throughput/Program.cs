using Conduit.Connector.Sdk.ThroughputBenchmark;

// One executable, three roles: the driver (default), and the two processes it starts.
return Environment.GetEnvironmentVariable(Roles.Variable) switch
{
    Roles.NullDestination => await NullDestinationConnector.RunAsync(args),
    Roles.Ceiling => await CeilingServer.RunAsync(),
    _ => await Driver.RunAsync(args),
};
