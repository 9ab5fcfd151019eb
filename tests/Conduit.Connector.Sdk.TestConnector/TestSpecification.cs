using System.Reflection;

namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>The specification of the test connector; its version is the assembly's.</summary>
internal sealed class TestSpecification : Specification
{
    public override string Name => "testconnector";

    public override string Summary => "A connector for the SDK's own end-to-end tests.";

    public override string Description => "Its source emits `count` records named `prefix-N`; its destination accepts every record.";

    public override string Version { get; } = "v" + (typeof(TestSpecification).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");

    public override string Author => "Conduit Connector SDK for C# contributors";
}
