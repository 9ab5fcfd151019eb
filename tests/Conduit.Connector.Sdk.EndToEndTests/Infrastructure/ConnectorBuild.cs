namespace Conduit.Connector.Sdk.EndToEndTests.Infrastructure;

/// <summary>Which build of the test connector a test starts.</summary>
public enum ConnectorBuild
{
    /// <summary>The framework-dependent apphost in the test connector's bin folder.</summary>
    Jit,

    /// <summary>The single Native AOT file in artifacts/aot/testconnector.</summary>
    Aot,
}
