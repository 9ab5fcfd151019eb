using Conduit.Connector.Sdk;

namespace Conduit.Connector.Samples.Generator;

/// <summary>Describes the generator connector to Conduit.</summary>
internal sealed class GeneratorSpecification : Specification
{
    public override string Name => "generator";

    public override string Summary => "Generates records: a fixed number or an endless stream, at a chosen rate.";

    public override string Description =>
        "A source for trying pipelines out, testing destinations and measuring throughput. " +
        "Positions are the record's sequence number, so a restarted pipeline resumes after the last acknowledged record.";

    public override string Version => "v0.1.0";

    public override string Author => "Conduit Connector SDK for C# contributors";
}
