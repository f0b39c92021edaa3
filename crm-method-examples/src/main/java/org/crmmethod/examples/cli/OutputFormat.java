package org.crmmethod.examples.cli;

import picocli.CommandLine.Option;

/** How a command writes its result: text for people, or the library's JSON documents. */
enum OutputFormat {
  /** Readable text: summaries and tables. */
  TEXT,
  /** The library's own result documents, as {@code CrmJson} writes them. */
  JSON;

  /** The {@code --format} option, mixed into every command. */
  static final class Choice {
    @Option(
        names = "--format",
        paramLabel = "text|json",
        defaultValue = "text",
        description = "How to write the result: text, or json for the library's own result "
            + "documents (default: ${DEFAULT-VALUE}).")
    OutputFormat format = TEXT;

    boolean json() {
      return format == JSON;
    }
  }
}
