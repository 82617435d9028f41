//! The command line of the `overstap` binary (clap's types only; `main.rs` runs the commands).
//! It is parsed before any setting is read, so `--help` and `--version` need no environment.

use clap::{Args, Parser, Subcommand};

/// The Overstap server (the API and the SPA) and its operator's commands.
#[derive(Debug, Parser)]
#[command(
    name = "overstap",
    version,
    after_help = "Without a command, `overstap` serves. Settings come from environment \
                  variables; see .env.example and docs/operations.md."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

impl Cli {
    /// The command given, `serve` when none was.
    pub fn command_or_serve(self) -> Command {
        self.command
            .unwrap_or(Command::Serve(ServeArgs { no_migrate: false }))
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the migrations, then serve the API and the built SPA (the default)
    Serve(ServeArgs),
    /// Run the pending migrations and exit (under the migration lock on PostgreSQL)
    Migrate,
    /// Fill an empty database with the demo region and print the sign-ins (not in production)
    SeedDemo {
        /// Print the summary as one line of JSON, for scripts
        #[arg(long)]
        json: bool,
    },
    /// Print the OpenAPI document (the committed openapi/openapi.json); needs no settings
    Openapi,
    /// Run today's privacy purge now, unless this or another replica already did
    Purge,
    /// The operator's set-up tasks (everything else happens in the product)
    #[command(subcommand)]
    Admin(AdminCommand),
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a region and its first coordinator, who gets a single-use invitation link
    /// (e-mailed when SMTP_URL is set, printed otherwise)
    CreateRegion(CreateRegionArgs),
}

#[derive(Debug, Args)]
pub struct CreateRegionArgs {
    /// The region's name as parents and staff read it, e.g. "ELK Amstelland"
    #[arg(long)]
    pub name: String,
    /// The first coordinator's e-mail address: their username, and where the invitation goes
    #[arg(long)]
    pub coordinator_email: String,
    /// The first coordinator's name [default: "Coördinator <name>"]
    #[arg(long)]
    pub coordinator_name: Option<String>,
    /// The built-in region profile to start from
    #[arg(long, default_value = "amstelland", value_parser = ["amstelland", "amsterdam"])]
    pub profile: String,
    /// The language of the coordinator's e-mails
    #[arg(long, default_value = "nl", value_parser = ["nl", "en"])]
    pub language: String,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Do not run the migrations at start (they ran before, with `overstap migrate`)
    #[arg(long)]
    pub no_migrate: bool,
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
