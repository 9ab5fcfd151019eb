using Conduit.Connector.Sdk.Formats.Debezium;
using Conduit.Connector.Sdk.Formats.Generic;
using Conduit.Connector.Sdk.Formats.Template;

namespace Conduit.Connector.Sdk;

/// <summary>
/// A named record format that a user selects with <c>sdk.record.format</c> and configures with
/// <c>sdk.record.format.options</c>, such as <c>opencdc/json</c>. Configuring it yields the
/// <see cref="RecordSerializer"/> a destination uses.
/// </summary>
/// <remarks>
/// Subclass it to offer a format of your own and add it with <see cref="RecordFormats.With"/>.
/// <see cref="Configure"/> runs when the destination is configured, so it should check the options
/// completely; problems then reach the user as a configuration error instead of failing records later.
/// </remarks>
public abstract class RecordFormat
{
    /// <summary>Initializes the format.</summary>
    /// <param name="name">The name users give in <c>sdk.record.format</c>, compared ordinally (case-sensitive).</param>
    /// <exception cref="ArgumentException">The name is empty or contains a comma or white space.</exception>
    protected RecordFormat(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.AsSpan().IndexOfAny(", \t\r\n") >= 0)
        {
            throw new ArgumentException($"A record format name cannot contain commas or white space: \"{name}\".", nameof(name));
        }

        Name = name;
    }

    /// <summary>Gets the format <c>opencdc/json</c> (the default): the record as OpenCDC JSON, exactly as <see cref="Sdk.OpenCdcJson"/> writes it. It takes no options.</summary>
    public static RecordFormat OpenCdcJson { get; } = new GenericRecordFormat(OpenCdcConverter.Instance, JsonEncoder.Instance);

    /// <summary>
    /// Gets the format <c>debezium/json</c>: a Kafka Connect envelope holding a Debezium change event.
    /// Options: <c>debezium.schema.name</c> and <c>debezium.rawData.key</c> (see docs/record-formats.md).
    /// </summary>
    public static RecordFormat DebeziumJson { get; } = new GenericRecordFormat(DebeziumConverter.Prototype, JsonEncoder.Instance);

    /// <summary>
    /// Gets the format <c>template</c>: the options are a Go <c>text/template</c> executed for each record.
    /// The SDK implements the subset of Go templates and Sprig functions listed in docs/record-formats.md;
    /// anything else is reported when the template is configured.
    /// </summary>
    public static RecordFormat Template { get; } = new TemplateRecordFormat();

    /// <summary>Gets the name users give in <c>sdk.record.format</c>.</summary>
    public string Name { get; }

    /// <summary>Creates a serializer for the options a user gave.</summary>
    /// <param name="options">The text of <c>sdk.record.format.options</c>; empty when not given.</param>
    /// <returns>The serializer.</returns>
    /// <exception cref="FormatException">
    /// The options are invalid; the message says what is wrong (<see cref="RecordFormats.Configure"/>
    /// adds the key and the format name). A <see cref="ConfigurationException"/> is accepted as well.
    /// </exception>
    public abstract RecordSerializer Configure(string options);

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
