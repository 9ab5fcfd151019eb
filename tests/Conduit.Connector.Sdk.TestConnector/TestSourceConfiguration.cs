namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>Configuration of the test source.</summary>
[ConnectorConfiguration]
internal sealed partial class TestSourceConfiguration
{
    /// <summary>Prefix of the record positions (<c>prefix-N</c>, N counting from 1).</summary>
    public string Prefix { get; init; } = "record";

    /// <summary>How many records the source emits in total (a resumed source continues after its position).</summary>
    [GreaterThan(-1)]
    public int Count { get; init; } = 3;

    /// <summary>Size in bytes of each record's payload; 0 keeps the short default payload.</summary>
    [Parameter("payload.size")]
    [GreaterThan(-1)]
    public int PayloadSize { get; init; }

    /// <summary>Emit structured keys and payloads (id, name) instead of raw bytes, for the schema middleware.</summary>
    [Parameter("payload.structured")]
    public bool PayloadStructured { get; init; }

    /// <summary>When 0 or more: after this many records the source waits, cooperatively, until it is stopped.</summary>
    [Parameter("pause.after")]
    [GreaterThan(-2)]
    public int PauseAfter { get; init; } = -1;

    /// <summary>The method that throws: configure, open, read, ack, teardown, oncreated, onupdated or ondeleted.</summary>
    [Parameter("fail.method")]
    public string FailMethod { get; init; } = string.Empty;

    /// <summary>The message of the injected failure.</summary>
    [Parameter("fail.message")]
    public string FailMessage { get; init; } = "injected failure";

    /// <summary>The method that blocks forever, ignoring cancellation (same names as <c>fail.method</c>).</summary>
    [Parameter("hang.method")]
    public string HangMethod { get; init; } = string.Empty;

    /// <summary>With <c>hang.method</c> = read: how many records are emitted before the read hangs.</summary>
    [Parameter("hang.after")]
    [GreaterThan(-1)]
    public int HangAfter { get; init; }
}
