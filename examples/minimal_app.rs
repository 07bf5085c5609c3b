//! The smallest honest ratatui app, the baseline `first_paint` compares confer against:
//! raw mode and the alternate screen, one bordered block saying `hello`, `q` to leave.
//! `cargo run --release --example minimal_app`.

use crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::widgets::{Block, Paragraph};

fn main() -> std::io::Result<()> {
    // `init` enters raw mode and the alternate screen and installs a panic hook that
    // restores the terminal; `restore` undoes both, whatever `run` returned.
    let mut terminal = ratatui::init();
    let result = run(&mut terminal);
    ratatui::restore();
    result
}

fn run(terminal: &mut ratatui::DefaultTerminal) -> std::io::Result<()> {
    loop {
        terminal.draw(|frame| {
            let block = Block::bordered().title("minimal");
            frame.render_widget(Paragraph::new("hello").block(block), frame.area());
        })?;
        // Redraw on anything but `q` (a resize, another key), as a real app would.
        if let Event::Key(key) = event::read()?
            && key.kind == KeyEventKind::Press
            && key.code == KeyCode::Char('q')
        {
            return Ok(());
        }
    }
}
