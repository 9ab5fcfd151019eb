namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>Configuration of the test destination.</summary>
[ConnectorConfiguration]
internal sealed partial class TestDestinationConfiguration
{
    /// <summary>Where records would go; ignored.</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>Log every written record as OpenCDC JSON ("wrote …") and in the chosen record format ("formatted …").</summary>
    [Parameter("log.records")]
    public bool LogRecords { get; init; }

    /// <summary>The method that throws: configure, open, write, teardown, oncreated, onupdated or ondeleted.</summary>
    [Parameter("fail.method")]
    public string FailMethod { get; init; } = string.Empty;

    /// <summary>The message of the injected failure.</summary>
    [Parameter("fail.message")]
    public string FailMessage { get; init; } = "injected failure";

    /// <summary>The method that blocks forever, ignoring cancellation (same names as <c>fail.method</c>).</summary>
    [Parameter("hang.method")]
    public string HangMethod { get; init; } = string.Empty;

    /// <summary>The position of a record that fails to be written; the records before it in its batch are written.</summary>
    [Parameter("fail.position")]
    public string FailPosition { get; init; } = string.Empty;

    /// <summary>When 0 or more: a batch larger than this fails with a partial write of that many records.</summary>
    [Parameter("partial.after")]
    [GreaterThan(-2)]
    public int PartialAfter { get; init; } = -1;
}
