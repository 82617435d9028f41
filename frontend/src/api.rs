//! One typed async function per API endpoint, over the `overstap-api-types` contract.

mod client;
mod error;
mod tokens;

use overstap_api_types::{
    ChildResponse, MeResponse, ParentSignInRequest, ProcedureResponse, ProgrammeListResponse,
    PupilListResponse, RefreshRequest, Role, SchoolListResponse, SignOutRequest,
    StaffSignInRequest, TokenResponse,
};

pub use client::on_session_expired;
pub use error::ApiError;

/// The role of the session stored in this browser, if any.
pub fn stored_role() -> Option<Role> {
    tokens::role()
}

/// `POST /auth/staff/sign-in`; keeps the token pair on success.
pub async fn staff_sign_in(request: &StaffSignInRequest) -> Result<TokenResponse, ApiError> {
    let response = client::post("/auth/staff/sign-in", request, None).await?;
    let pair: TokenResponse = client::read_json(response).await?;
    tokens::store(&pair);
    Ok(pair)
}

/// `POST /auth/parent/sign-in`; keeps the token pair on success.
pub async fn parent_sign_in(request: &ParentSignInRequest) -> Result<TokenResponse, ApiError> {
    let response = client::post("/auth/parent/sign-in", request, None).await?;
    let pair: TokenResponse = client::read_json(response).await?;
    tokens::store(&pair);
    Ok(pair)
}

/// `POST /auth/refresh`: the old refresh token stops working. Called by the client after a 401.
pub async fn refresh(request: &RefreshRequest) -> Result<TokenResponse, ApiError> {
    let response = client::post("/auth/refresh", request, None).await?;
    client::read_json(response).await
}

/// `POST /auth/sign-out`. The session is forgotten here at once, whatever the server answers.
pub fn sign_out() -> impl Future<Output = Result<(), ApiError>> {
    let access_token = tokens::access_token();
    let refresh_token = tokens::refresh_token();
    tokens::clear();
    async move {
        let Some(refresh_token) = refresh_token else {
            return Ok(());
        };
        let request = SignOutRequest { refresh_token };
        client::post("/auth/sign-out", &request, access_token.as_deref()).await?;
        Ok(())
    }
}

/// `GET /me`: the signed-in person and their school, board or child.
pub async fn me() -> Result<MeResponse, ApiError> {
    client::get("/me").await
}

/// `GET /procedure`: the region's calendar.
pub async fn procedure() -> Result<ProcedureResponse, ApiError> {
    client::get("/procedure").await
}

/// `GET /school/pupils` (PO staff): the pupils of the staff member's school.
pub async fn school_pupils() -> Result<PupilListResponse, ApiError> {
    client::get("/school/pupils").await
}

/// `GET /school/programmes` (VO staff): the school's programmes.
pub async fn school_programmes() -> Result<ProgrammeListResponse, ApiError> {
    client::get("/school/programmes").await
}

/// `GET /board/schools` (board admin): the schools of the board.
pub async fn board_schools() -> Result<SchoolListResponse, ApiError> {
    client::get("/board/schools").await
}

/// `GET /region/schools` (coordinator): the schools of the region.
pub async fn region_schools() -> Result<SchoolListResponse, ApiError> {
    client::get("/region/schools").await
}

/// `GET /parent/child` (parent): the child the account belongs to.
pub async fn parent_child() -> Result<ChildResponse, ApiError> {
    client::get("/parent/child").await
}
